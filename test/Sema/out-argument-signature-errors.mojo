# RUN: %mojoc check -verify %s
# A function has one result: at most one `out` argument, and not together
# with `-> T`.

fn two(out a: Int, out b: Int):  # expected-error {{a function may have only one `out` argument, its result; `b` is a second one}} expected-note {{the first `out` argument is `a`}}
    a = 1
    b = 2

fn both(out a: Int) -> Int:  # expected-error {{a function with the `out` argument `a` cannot also declare a result type: `a` is its result}}
    a = 1

fn main():
    pass
