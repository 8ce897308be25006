# RUN: %mojoc check -verify %s
# A value must convert implicitly to the variable's declared or inferred type.

struct Apple:
    var weight: Int
    fn __init__(out self):
        self.weight = 1

fn main():
    var a: Int = "text"  # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}
    var b = 1
    b = "text"  # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}
    var c: Apple = 3  # expected-error {{cannot implicitly convert `IntLiteral` value to `Apple`}}
    var d = Apple()
    d = b  # expected-error {{cannot implicitly convert `Int` value to `Apple`}}
    d.weight = Apple()  # expected-error {{cannot implicitly convert `Apple` value to `Int`}}
