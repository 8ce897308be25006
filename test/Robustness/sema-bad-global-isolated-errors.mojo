# RUN: %mojoc check -verify %s
# A top-level `alias` or `var` that fails to check is reported once, at its
# declaration. It fails only the code that uses it, silently; every other
# function is still checked as usual.

alias Undeclared = undefined_name  # expected-error {{use of undeclared name `undefined_name`}}
alias Unsupported = 1 + "x"  # expected-error {{invalid operands to `+`: `IntLiteral` does not implement `__add__` for `StringLiteral`}}
alias BadType = UndefinedType  # expected-error {{use of undeclared name `UndefinedType`}}
alias Derived = Undeclared + 1
var counter = 0  # expected-error {{not yet implemented: global variables}}

fn uses_alias() -> Int:
    return Undeclared + 1

fn uses_alias_again():
    print(Undeclared, Unsupported, Derived)
    print(Derived.member)

fn uses_type(x: BadType) -> BadType:
    var y: BadType = x
    return y

fn uses_global():
    print(counter)
    counter = 2
    counter += 1
    print(counter + 1)

fn unrelated() -> Int:
    return "still checked"  # expected-error {{cannot implicitly convert `StringLiteral` value to `Int`}}

fn main():
    print(uses_alias())
    uses_type(1)
    print(unrelated())
