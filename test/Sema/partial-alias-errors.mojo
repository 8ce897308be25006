# RUN: %mojoc check -verify %s
# Parameters written after a partly bound alias fill what it leaves open,
# in order or by name; one more is an error at it.

struct Pair[A: AnyType, B: AnyType, n: Int = 0]:
    fn __init__(out self):
        pass


alias WithInt = Pair[Int, _]


fn main():
    var ok = WithInt[Bool]()
    var named = WithInt[B=Bool, n=2]()
    var extra = WithInt[Bool, Int]()  # expected-error {{this parameter binds nothing: the alias of `Pair` leaves 1 parameter(s) open}}
    var taken = WithInt[A=Bool]()  # expected-error {{this parameter binds nothing: the alias of `Pair` leaves 1 parameter(s) open}}
