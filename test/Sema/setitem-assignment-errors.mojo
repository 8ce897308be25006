# RUN: %mojoc check -verify %s
# Mistakes in `v[i] = x`: a type without `__setitem__`, a value of the
# wrong type, a read-only receiver.

struct ReadOnly:
    var x: Int

    fn __init__(out self):
        self.x = 0

    fn __getitem__(self, i: Int) -> Int:
        return self.x


fn store(v: SIMD[DType.int32, 4]):
    v[0] = 1  # expected-error {{cannot modify `v`: it is a read-only argument; declare it `mut` or `owned` to change it}}


fn main():
    var r = ReadOnly()
    r[0] = 1  # expected-error {{expression is not assignable}}
    var v = SIMD[DType.int32, 4](0)
    v[0] = "text"  # expected-error {{no matching function in call to `__setitem__`}} expected-note@* {{candidate not viable}}
