# RUN: %mojoc check -verify %s

fn f(a: Int) -> Int:  # expected-note {{too many positional arguments}} expected-note {{missing argument `a`}}
    return a

fn main():
    f(1, 2)  # expected-error {{no matching function in call to `f`}}
    f()  # expected-error {{no matching function in call to `f`}}
