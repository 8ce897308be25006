# RUN: %mojoc run %s | %FileCheck %s
# UInt arithmetic at its edges: wrapping, unsigned division, modulo,
# shifts and comparisons, and division by zero giving 0.

fn main():
    var zero = UInt(0)
    var top = UInt.MAX
    # CHECK: 18446744073709551615 0 18446744073709551614
    print(zero - 1, top + 1, top * 2)
    # CHECK-NEXT: 9223372036854775807 5 1844674407370955161
    print(top // 2, top % 10, top // 10)
    # CHECK-NEXT: 0 0
    print(top // zero, top % zero)
    # CHECK-NEXT: 1 0 0
    print(top >> 63, top >> 64, UInt(1) << 64)
    # CHECK-NEXT: True False True
    print(top > 1, top < 1, UInt(1) << 63 > UInt(1) << 62)
    # CHECK-NEXT: 3 2
    var qr = divmod(UInt(17), UInt(5))
    print(qr[0], qr[1])
    # CHECK-NEXT: 4 1
    print(UInt(7).__ceildiv__(2), top.__ceildiv__(top))
    # CHECK-NEXT: 0.25 1.8446744073709552e+19
    print(UInt(1) / 4, top / 1)
    # CHECK-NEXT: 0 1024
    print(UInt(2) ** 64, UInt(2) ** 10)
    # Two literals take the Int overloads, a UInt and a literal the UInt ones.
    # CHECK-NEXT: -1 4 -4
    print(min(-1, 2), min(top, 4), divmod(-7, 2)[0])
    # CHECK-NEXT: 0 1 2
    for i in range(UInt(3)):
        print(i, end=" " if i < 2 else "\n")
