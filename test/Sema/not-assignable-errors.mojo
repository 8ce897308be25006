# RUN: %mojoc check -verify %s
# Only variables and fields can be assigned to.

fn make() -> Int:
    return 1

fn main():
    1 = 2  # expected-error {{expression is not assignable}}
    make() = 3  # expected-error {{expression is not assignable}}
    var x = 1
    x + 1 = 4  # expected-error {{expression is not assignable}}
    (x) = 5
