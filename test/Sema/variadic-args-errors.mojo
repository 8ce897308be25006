# RUN: %mojoc check -verify %s
# Homogeneous variadic arguments: each element converts to the element
# type; indices are compile-time constants within the pack.

fn add(*values: Int) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `StringLiteral` to `Int`}}
    return len(values)

fn at(i: Int, *values: Int) -> Int:
    return values[i]  # expected-error {{a variadic argument or parameter is indexed by a compile-time `Int`; this index is only known at run time}}

fn third(*values: Int) -> Int:
    return values[2]  # expected-error {{index 2 is out of range for a pack of 2 element(s)}}

fn main():
    _ = add(1, "two")  # expected-error {{no matching function in call to `add`}}
    _ = at(0, 1, 2)
    _ = third(1, 2)
