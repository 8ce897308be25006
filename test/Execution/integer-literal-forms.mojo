# RUN: %mojoc run %s | %FileCheck %s
# Hexadecimal, octal and binary prefixes (case-insensitive) and `_` digit
# separators.

fn main():
    # CHECK: 255 255 65535
    print(0xff, 0XFF, 0xFF_FF)
    # CHECK-NEXT: 15 15
    print(0o17, 0O17)
    # CHECK-NEXT: 10 10
    print(0b1010, 0B10_10)
    # CHECK-NEXT: 1000000
    print(1_000_000)
    # CHECK-NEXT: 0
    print(0)
