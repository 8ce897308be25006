# RUN: %mojoc check -verify %s
# `None` has the methods that print it, and no others; errors name
# `NoneType`, not the prelude struct that holds those methods.


fn hashed[T: Hashable](x: T) -> UInt:  # expected-note {{candidate not viable: cannot bind parameter `T` of `hashed` to `NoneType`: `NoneType` does not conform to `Hashable`: it has no method `__hash__`}}
    return hash(x)


fn main():
    None.nope()  # expected-error {{`NoneType` has no member named `nope`}}
    var x = None
    x.value = 3  # expected-error {{`NoneType` has no member named `value`}}
    _ = hashed(None)  # expected-error {{no matching function in call to `hashed`}}
