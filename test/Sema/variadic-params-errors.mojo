# RUN: %mojoc check -verify %s
# Variadic parameters: every value has the element type; an index past the
# end is an error in the instance.

fn f[*sizes: Int]() -> Int:  # expected-note {{candidate not viable: parameter `sizes` of `f` takes a value of type `Int`, not `StringLiteral`}}
    return len(sizes)

fn g[*sizes: Int]() -> Int:
    return sizes[3]  # expected-error {{index 3 is out of range for a pack of 2 element(s)}}

fn h[*sizes: Int]() -> Int:
    return sizes  # expected-error {{not yet implemented: a variadic argument or parameter as a whole value (index it, or take its `len`)}}

fn main():
    _ = f[1, "x"]()  # expected-error {{no matching function in call to `f`}}
    _ = g[1, 2]()
    _ = h[1]()
