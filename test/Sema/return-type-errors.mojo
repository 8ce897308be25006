# RUN: %mojoc check -verify %s
# A returned value must convert implicitly to the declared result type.

struct Apple:
    var weight: Int
    fn __init__(out self):
        self.weight = 1

fn count(flag: Bool) -> Int:
    if flag:
        return "many"  # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}
    return 0

fn fruit(flag: Bool) -> Apple:
    if flag:
        return 3  # expected-error {{cannot implicitly convert `IntLiteral` value to `Apple`}}
    return Apple()
