# RUN: %mojoc check -verify %s
# Homogeneous variadic arguments are `VariadicList` values: what the list
# does not offer is an error at the use, and only `read` and `owned`
# variadic arguments exist yet.

struct Noisy:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        pass

fn add(*values: Int) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `StringLiteral` to `Int`}}
    return len(values)

fn assign(*values: Int):
    values[0] = 1  # expected-error {{expression is not assignable}}

fn changes(mut *values: Int):  # expected-error {{not yet implemented: `mut` variadic arguments (a variadic argument is `read` or `owned`)}}
    pass

fn unrolled(*values: Int) -> Int:
    var sum = 0
    @parameter
    for i in range(len(values)):  # expected-error {{`values` is a run-time value; a compile-time expression cannot use it}}
        sum += values[i]
    return sum

fn takes_read(*values: Noisy) -> Noisy:
    return values.take(0)  # expected-error {{cannot modify `values`: it is a read-only argument; declare it `mut` or `owned` to change it}}

fn main():
    _ = add(1, "two")  # expected-error {{no matching function in call to `add`}}
    assign(1)
    _ = unrolled(1, 2)
    _ = takes_read(Noisy(1))
