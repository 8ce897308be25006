# RUN: %mojoc check -verify %s
# Too many or too few positional arguments.

fn add(a: Int, b: Int) -> Int:  # expected-note {{too many positional arguments}} expected-note {{missing argument `b`}} expected-note {{missing argument `a`}}
    return a + b

fn main():
    add(1, 2, 3)  # expected-error {{no matching function in call to `add`}}
    add(1)  # expected-error {{no matching function in call to `add`}}
    add()  # expected-error {{no matching function in call to `add`}}
