# RUN: %mojoc run %s | %FileCheck %s
# UInt prints its unsigned decimal value: the top bit is not a sign.

fn main():
    # CHECK: 18446744073709551615 0
    print(UInt.MAX, UInt.MIN)
    # CHECK-NEXT: 9223372036854775808 9223372036854775807
    print(UInt(1) << 63, UInt.MAX >> 1)
    # CHECK-NEXT: 18446744073709551615
    print(UInt(-1))
    # CHECK-NEXT: 18446744073709551615
    var big: UInt = 18446744073709551615
    print(big)
    # CHECK-NEXT: 42 42
    print(str(UInt(42)), repr(UInt(42)))
    # CHECK-NEXT: [18446744073709551614]
    print("[" + str(UInt.MAX - 1) + "]")
    # As an Int, the same bits are negative.
    # CHECK-NEXT: -1 -9223372036854775808
    print(Int(UInt.MAX), int(UInt(1) << 63))
