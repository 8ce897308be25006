# RUN: %mojoc run %s | %FileCheck %s
# Arithmetic on `Int` at compile time is `Int`'s own, run by the
# interpreter: it wraps at 64 bits and `x // 0` is 0, as at run time.
# (The checker used to compute it exactly, so `MAX + 1` was 2**63, which
# did not fit in `Int`, and `MAX + 1 < 0` was False.) `IntLiteral`
# arithmetic stays exact.

alias MAX: Int = 9223372036854775807
alias ZERO: Int = 0
alias WRAPPED = MAX + 1
alias QUOT = 10 // ZERO
alias REM = 10 % ZERO
alias NEG = -MAX - 2
alias CMP = MAX + 1 < 0
alias BOTH = not (ZERO == 0) or MAX > 1
alias EXACT = (9223372036854775807 + 1) // 2


fn at_run_time(x: Int, z: Int):
    print(x + 1, 10 // z, 10 % z, -x - 2, x + 1 < 0)


fn shifted[n: Int]() -> Int:
    alias m = n * 4
    return m


fn main():
    # CHECK: -9223372036854775808 0 0 9223372036854775807 True
    print(WRAPPED, QUOT, REM, NEG, CMP)
    # CHECK-NEXT: -9223372036854775808 0 0 9223372036854775807 True
    at_run_time(MAX, ZERO)
    # CHECK-NEXT: True 4611686018427387904
    print(BOTH, EXACT)
    # CHECK-NEXT: -4 0
    print(shifted[4611686018427387903](), shifted[4611686018427387904]())
