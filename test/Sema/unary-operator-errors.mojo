# RUN: %mojoc check -verify %s
# A unary operator needs `__neg__`, `__pos__` or `__invert__`.

struct Token:
    var id: Int
    fn __init__(out self, id: Int):
        self.id = id

fn main():
    var t = Token(1)
    print(-t)  # expected-error {{invalid operand to unary `-`: `Token` does not implement `__neg__`}}
    print(~t)  # expected-error {{invalid operand to unary `~`: `Token` does not implement `__invert__`}}
    print(-"text")  # expected-error {{invalid operand to unary `-`: `StringLiteral` does not implement `__neg__`}}
