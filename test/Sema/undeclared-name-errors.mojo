# RUN: %mojoc check -verify %s
# Names must be declared before use: variables, functions and types.

fn main():
    print(undefined_value)  # expected-error {{use of undeclared name `undefined_value`}}
    undefined_function(1)  # expected-error {{use of undeclared name `undefined_function`}}
    var s: UnknownType = 1  # expected-error {{use of undeclared name `UnknownType`}}
