# RUN: %mojoc check -verify %s
# `a op= b` calls `__iop__`; there is no fallback to `a = a op b`.

struct Total:
    var n: Int
    fn __init__(out self, n: Int):
        self.n = n
    fn __add__(self, rhs: Total) -> Total:
        return Total(self.n + rhs.n)

fn main():
    var t = Total(1)
    t += Total(2)  # expected-error {{`Total` does not implement `__iadd__` for `Total`; Mojo has no fallback from `+=` to the binary operator}}
    t *= 2  # expected-error {{`Total` does not implement `__imul__` for `IntLiteral`; Mojo has no fallback from `*=` to the binary operator}}
    var n = 1
    n += "x"  # expected-error {{`Int` does not implement `__iadd__` for `StringLiteral`}}
