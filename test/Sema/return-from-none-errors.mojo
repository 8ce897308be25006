# RUN: %mojoc check -verify %s
# A function without a result type returns `None`; returning a value from it
# is an error, while a bare `return` is fine.

fn log(n: Int):
    if n < 0:
        return
    return n  # expected-error {{cannot return a value from `log`, which returns `None`}}

fn main():
    return 0  # expected-error {{cannot return a value from `main`, which returns `None`}}
