# RUN: %mojoc check -verify %s
# A statement whose expression failed stays in the checked tree (as an Error
# node), so what follows from it is not reported again: an `if` whose every
# arm returns still returns, and a `raise` of a failed value still leaves
# the function, whether or not it may raise.

fn arms(x: Int) -> Int:
    if undefined_c:  # expected-error {{use of undeclared name `undefined_c`}}
        return 1
    else:
        return 2

fn raises_failed() -> Int:
    raise undefined_e  # expected-error {{use of undeclared name `undefined_e`}}

fn loops() -> Int:
    while undefined_w:  # expected-error {{use of undeclared name `undefined_w`}}
        pass
    return 0

fn main():
    print(arms(1), raises_failed(), loops())
