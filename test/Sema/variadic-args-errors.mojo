# RUN: %mojoc check -verify %s
# Homogeneous variadic arguments: each element converts to the element
# type; a constant index must be within the pack, and an empty pack has
# nothing to index.

fn add(*values: Int) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `StringLiteral` to `Int`}}
    return len(values)

fn at(i: Int, *values: Int) -> Int:
    return values[i]  # expected-error {{an empty variadic argument or parameter has no element to index}}

fn third(*values: Int) -> Int:
    return values[2]  # expected-error {{index 2 is out of range for a pack of 2 element(s)}}

fn whole(*values: Int):
    print(values)  # expected-error {{not yet implemented: a variadic argument or parameter as a whole value (index it, or take its `len`)}}

fn main():
    _ = add(1, "two")  # expected-error {{no matching function in call to `add`}}
    _ = at(0)
    _ = third(1, 2)
    whole(1)
