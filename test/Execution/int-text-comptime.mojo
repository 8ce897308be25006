# RUN: %mojoc run %s | FileCheck %s
# Integers become text in plain Mojo (`_write_decimal`), so `str` of an
# `Int`, `UInt` or integer scalar also runs at compile time; `Int.MAX` and
# `Int.MIN` are the word's extremes.

alias N = 42
alias NAME = "kernel_" + str(N)
alias LOWEST = str(Int.MIN)
alias HIGHEST = str(UInt.MAX)
alias SCALARS = str(UInt8(200)) + "," + str(Int16(-300))
alias WIDEST = str(UInt64(18446744073709551615))


fn main():
    # CHECK: kernel_42 -9223372036854775808 18446744073709551615 200,-300 18446744073709551615
    print(NAME, LOWEST, HIGHEST, SCALARS, WIDEST)
    # The same code at run time.
    # CHECK-NEXT: 0 -5 9223372036854775807 -9223372036854775808
    print(0, -5, Int.MAX, Int.MIN)
    # CHECK-NEXT: 18446744073709551615 255 -128
    print(UInt64(18446744073709551615), UInt8(255), Int8(-128))
