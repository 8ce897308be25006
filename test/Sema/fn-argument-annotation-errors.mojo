# RUN: %mojoc check -verify %s
# Every argument of an `fn` needs a type (except `self`).

fn untyped(x):  # expected-error {{argument `x` of an `fn` needs a type annotation}}
    pass

fn second(a: Int, b) -> Int:  # expected-error {{argument `b` of an `fn` needs a type annotation}}
    return a
