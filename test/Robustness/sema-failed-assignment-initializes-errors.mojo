# RUN: %mojoc check -verify %s
# An assignment whose value fails to check still initializes its target:
# the later read, or the end of the constructor, reports nothing more.

struct Pair:
    var first: Int
    var second: Int

    fn __init__(out self, a: Int):
        self.first = undefined_value  # expected-error {{use of undeclared name `undefined_value`}}
        self.second = "two"  # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}

fn main():
    var late: Int
    late = missing_function()  # expected-error {{use of undeclared name `missing_function`}}
    print(late)
    var later: Int
    later = "text"  # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}
    print(later)
    var p = Pair(1)
    print(p.first)
