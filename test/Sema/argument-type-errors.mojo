# RUN: %mojoc check -verify %s
# An argument that cannot convert to its parameter's type makes the call fail;
# the note names the candidate and the conversion.

struct Apple:
    var weight: Int
    fn __init__(out self):
        self.weight = 1

fn weigh(a: Apple) -> Int:  # expected-note {{cannot convert argument of type `Int` to `Apple`}}
    return a.weight

fn twice(n: Int) -> Int:  # expected-note {{cannot convert argument of type `StringLiteral` to `Int`}}
    return n * 2

fn main():
    var n = 3
    weigh(n)  # expected-error {{no matching function in call to `weigh`}}
    twice("two")  # expected-error {{no matching function in call to `twice`}}
