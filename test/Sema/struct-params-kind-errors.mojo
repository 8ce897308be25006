# RUN: %mojoc check -verify %s
# A struct's parameter takes a type or a value of its declared type, wherever
# the struct is named: a constructor call, a variable's type, an argument's
# type. Each mistake is reported at the binding, with a note at the
# parameter.

struct Flag[on: Bool]:  # expected-note {{parameter `on` is declared here}}
    fn __init__(out self):
        pass

struct Named[label: StringLiteral]:  # expected-note {{parameter `label` is declared here}} expected-note {{parameter `label` is declared here}}
    fn __init__(out self):
        pass

struct Sized[n: Int]:  # expected-note {{parameter `n` is declared here}} expected-note {{parameter `n` is declared here}}
    fn __init__(out self):
        pass

struct Box[T: AnyType]:  # expected-note {{parameter `T` is declared here}}
    fn __init__(out self):
        pass

fn takes(s: Sized[Bool]):  # expected-error {{parameter `n` of `Sized` takes a value of type `Int`, not a type}}
    pass

fn main():
    _ = Flag[1]()  # expected-error {{parameter `on` of `Flag` takes a value of type `Bool`, not `IntLiteral`}}
    _ = Named[2]()  # expected-error {{parameter `label` of `Named` takes a value of type `StringLiteral`, not `IntLiteral`}}
    _ = Named[Bool]()  # expected-error {{parameter `label` of `Named` takes a value of type `StringLiteral`, not a type}}
    var s: Sized["a"]  # expected-error {{parameter `n` of `Sized` takes a value of type `Int`, not `StringLiteral`}}
    _ = Box[True]()  # expected-error {{parameter `T` of `Box` takes a type, not a value}}
    # The right kinds.
    _ = Flag[True]()
    _ = Named["x"]()
    _ = Box[Sized[3]]()
