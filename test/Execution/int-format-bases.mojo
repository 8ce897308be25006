# RUN: %mojoc run %s | %FileCheck %s
# `bin`, `hex`, `oct`: signed, prefixed text in base 2, 16, 8, of any
# `Indexer` and of scalars, with a `prefix=` of one's own.

fn main():
    # CHECK: 0xff -0x1f 0b101 0o10 0x0
    print(hex(255), hex(-31), bin(5), oct(8), hex(0))
    # CHECK-NEXT: -0b1000000000000000000000000000000000000000000000000000000000000000
    print(bin(-9223372036854775807 - 1))
    # CHECK-NEXT: 0xc8 0b1 -0x1 ff
    print(hex(UInt8(200)), bin(True), hex(Int32(-1)), hex(255, prefix=""))
