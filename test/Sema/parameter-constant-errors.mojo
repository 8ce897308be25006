# RUN: %mojoc check -verify %s
# A compile-time parameter is a constant in the body it parameterizes:
# assigning it, directly or in place, is an error in a generic function
# (before any instance exists) and in a parametric struct's method; a type
# parameter is not a value at all.

fn assign[n: Int]() -> Int:
    n = 3  # expected-error {{cannot assign to `n`: a compile-time parameter is a constant}}
    return n

fn augment[n: Int]() -> Int:
    n += 1  # expected-error {{cannot assign to `n`: a compile-time parameter is a constant}}
    return n

fn flag[b: Bool]() -> Bool:
    b = not b  # expected-error {{cannot assign to `b`: a compile-time parameter is a constant}}
    return b

fn as_value[T: AnyType]() -> Int:
    var x = T  # expected-error {{a type cannot be used as a value}}
    return 0

struct Sized[k: Int]:
    fn __init__(out self):
        pass

    fn resize(self):
        k = 2  # expected-error {{cannot assign to `k`: a compile-time parameter is a constant}}

fn main():
    Sized[1]().resize()
