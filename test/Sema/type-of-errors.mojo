# RUN: %mojoc check -verify %s
# `__type_of` takes one expression, and its type is the variable's.

fn main():
    var x = 1
    var a: __type_of() = 1  # expected-error {{`__type_of` takes one expression: `__type_of(x)`}}
    var b: __type_of(x) = "text"  # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}
    var c: __type_of(undefined) = 1  # expected-error {{use of undeclared name `undefined`}}
    var d: __type_of(Int) = 1  # expected-error {{`__type_of` takes one expression: `__type_of(x)`}}
