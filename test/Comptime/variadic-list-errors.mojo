# RUN: %mojoc check -verify %s
# A variadic call's elements live in a buffer of the caller's frame, which
# the compile-time interpreter cannot hold until it models memory: an
# alias computed through one is an error, not a crash.

fn add(*values: Int) -> Int:
    var s = 0
    for v in values:
        s += v
    return s

alias A = add(1, 2, 3)  # expected-error {{cannot evaluate this at compile time: it passes variadic arguments, which live in memory the compile-time interpreter does not model yet}} expected-note {{the evaluation stopped here}}
alias V = SIMD[DType.int32, 4](1, 2, 3, 4)  # expected-error {{cannot evaluate this at compile time: it passes variadic arguments, which live in memory the compile-time interpreter does not model yet}} expected-note {{the evaluation stopped here}}

fn main():
    print(A, V)
