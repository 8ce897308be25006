# RUN: %mojoc check -verify %s
# A function's compile-time parameter takes either a type or a value of its
# declared type; the other kind, or a value of another type, makes the
# candidate not viable, with the reason in its note.

fn count[n: Int]() -> Int:  # expected-note {{candidate not viable: parameter `n` of `count` takes a value of type `Int`, not `Bool`}} expected-note {{candidate not viable: parameter `n` of `count` takes a value of type `Int`, not a type}}
    return n

fn pick[flag: Bool]() -> Int:  # expected-note {{candidate not viable: parameter `flag` of `pick` takes a value of type `Bool`, not `IntLiteral`}}
    @parameter
    if flag:
        return 1
    return 0

fn typed[T: AnyType]() -> Int:  # expected-note {{candidate not viable: parameter `T` of `typed` takes a type, not a value}} expected-note {{candidate not viable: parameter `T` of `typed` takes a type, not a value}}
    return 0

fn label[s: StringLiteral]():  # expected-note {{candidate not viable: parameter `s` of `label` takes a value of type `StringLiteral`, not `IntLiteral`}} expected-note {{candidate not viable: parameter `s` of `label` takes a value of type `StringLiteral`, not a type}}
    print(s)

struct Grid[n: Int]:
    fn __init__(out self):
        pass

fn main():
    # A `Bool` where an `Int` is expected, and the reverse.
    _ = count[True]()  # expected-error {{no matching function in call to `count`}}
    _ = pick[1]()  # expected-error {{no matching function in call to `pick`}}
    # A value where a type is expected.
    _ = typed[3]()  # expected-error {{no matching function in call to `typed`}}
    _ = typed["Int"]()  # expected-error {{no matching function in call to `typed`}}
    # A type where a value is expected; an instance is a type too.
    _ = count[Grid[1]]()  # expected-error {{no matching function in call to `count`}}
    label[3]()  # expected-error {{no matching function in call to `label`}}
    label[Int]()  # expected-error {{no matching function in call to `label`}}
    # The right kinds.
    _ = count[3]() + pick[True]() + typed[Grid[2]]()
    label["ok"]()
