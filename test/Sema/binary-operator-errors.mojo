# RUN: %mojoc check -verify %s
# A binary operator needs the matching dunder on the left operand's type.

struct Token:
    var id: Int
    fn __init__(out self, id: Int):
        self.id = id
    fn __add__(self, rhs: Token) -> Token:
        return Token(self.id + rhs.id)

fn main():
    var t = Token(1)
    var n = 2
    print(t - t)  # expected-error {{invalid operands to `-`: `Token` does not implement `__sub__` for `Token`}}
    t + n  # expected-error {{invalid operands to `+`: `Token` does not implement `__add__` for `Int`}}
    print(t < t)  # expected-error {{invalid operands to `<`: `Token` does not implement `__lt__` for `Token`}}
    print(t == t)  # expected-error {{invalid operands to `==`: `Token` does not implement `__eq__` for `Token`}}
    print("a" * 3)  # expected-error {{invalid operands to `*`: `StringLiteral` does not implement `__mul__` for `IntLiteral`}}
    print(n == "a")  # expected-error {{invalid operands to `==`: `Int` does not implement `__eq__` for `StringLiteral`}}
