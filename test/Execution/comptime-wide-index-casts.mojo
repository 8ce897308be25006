# RUN: %mojoc run %s | FileCheck %s
# `index` is the target's 64-bit word, so casts, shifts and divisions of
# values past 32 bits fold at compile time (MLIR's own `index` folders
# refuse them, as a 32-bit index would give another answer).

alias BIG = Int64(Int(1) << 40)
alias NEG = UInt64(Int(-1))
alias BACK = Int(Int64(1) << 40)
alias WIDE = (Int(1) << 50) // 3 + (Int(1) << 45) % 7
alias SHIFTED = (Int(1 << 40) * 3) >> 38


fn main():
    # CHECK: 1099511627776 18446744073709551615 1099511627776
    print(BIG, NEG, BACK)
    # CHECK-NEXT: 375299968947542 12
    print(WIDE, SHIFTED)
