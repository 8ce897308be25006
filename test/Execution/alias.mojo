# RUN: %mojoc run %s | %FileCheck %s
# `alias` names compile-time values: exact integers, string literals, types.

alias N = 1 << 10
alias BIG = (1 << 70) >> 60
alias M: Int = N * 2
alias GREETING = "hello, " + "alias"
alias Index = Int


fn twice(x: Index) -> Index:
    alias FACTOR = 2
    return x * FACTOR


fn main():
    # CHECK: 1024 1024 2048
    print(N, BIG, M)
    # CHECK-NEXT: hello, alias
    print(GREETING)
    # CHECK-NEXT: 42
    print(twice(21))
