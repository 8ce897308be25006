# RUN: %mojoc check -verify %s
# A keyword-only parameter cannot be passed by position, and a
# positional-only one cannot be passed by keyword.

fn kwonly(a: Int, *, b: Int) -> Int:  # expected-note {{too many positional arguments}} expected-note {{missing argument `b`}}
    return a + b

fn posonly(a: Int, /, b: Int) -> Int:  # expected-note {{no parameter named `a`}}
    return a - b

fn main():
    kwonly(1, 2)  # expected-error {{no matching function in call to `kwonly`}}
    kwonly(1)  # expected-error {{no matching function in call to `kwonly`}}
    posonly(a=1, b=2)  # expected-error {{no matching function in call to `posonly`}}
