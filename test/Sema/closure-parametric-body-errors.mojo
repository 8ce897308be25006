# RUN: %mojoc check -verify %s
# A parametric closure's body is checked once where it is declared, with
# its parameters unknown: a mistake there is reported once, however many
# instances are made, and a closure that is not parametric does not bind
# `vectorize`'s `fn[width: Int](Int) capturing -> None`.

from algorithm import vectorize
from utils.loop import unroll

fn main():
    var total = 0

    @parameter
    fn bad[w: Int](i: Int):
        total += undefined_thing  # expected-error {{use of undeclared name `undefined_thing`}}

    bad[2](1)
    bad[3](1)
    vectorize[bad, 4](10)

    @parameter
    fn recursive[w: Int]():
        recursive[w]()  # expected-error {{nested function `recursive` cannot call itself: nested functions are not recursive}}

    @parameter
    fn not_parametric(i: Int):
        total += i

    vectorize[not_parametric, 4](10)  # expected-error {{no matching function in call to `vectorize`}} expected-note@* {{candidate not viable: cannot convert argument of type `fn(Int) capturing -> None` to `fn[width: Int](Int) capturing -> None`}} expected-note@* {{candidate not viable: cannot convert argument of type `fn(Int) capturing -> None` to `fn[width: Int](Int) capturing -> None`}}

    @parameter
    fn one_index[i: Int]():
        total += i

    unroll[one_index, 2, 3]()  # expected-error {{no matching function in call to `unroll`}} expected-note@* {{candidate not viable: too many compile-time parameters}} expected-note@* {{candidate not viable: cannot convert argument of type `fn[i: Int]() capturing -> None` to `fn[idx0: Int, idx1: Int]() capturing -> None`}}

    @parameter
    fn typed[dt: DType]():  # expected-error {{not yet implemented: a parameter of a nested function whose type is not `Int` or `Bool`}}
        pass

    typed[DType.int8]()
