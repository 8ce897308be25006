# RUN: %mojoc check -verify %s
# Homogeneous variadic arguments: each element converts to the element
# type. (An index is checked by nothing at compile time: `values` is a
# `VariadicList`, whose length is known at run time only.)

fn add(*values: Int) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `StringLiteral` to `Int`}}
    return len(values)

fn whole(*values: Int):
    print(values)  # expected-error {{no matching function in call to `print`}} expected-note@* {{candidate not viable: cannot bind parameter `Ts` of `print` to `VariadicList[Int]`: `VariadicList[Int]` does not conform to `Writable`: it has no method `write_to`}}

fn main():
    _ = add(1, "two")  # expected-error {{no matching function in call to `add`}}
    whole(1)
