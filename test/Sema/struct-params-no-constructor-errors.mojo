# RUN: %mojoc check -verify %s
# A parametric struct with no constructor: calling it binds the defaults,
# then finds no `__init__`; without defaults, nothing can be inferred.

struct Empty[n: Int = 1]:
    pass


struct Bare[T: AnyType]:  # expected-note {{parameter `T` is declared here}}
    pass


fn main():
    _ = Empty()  # expected-error {{no matching function in call to `Empty[1].__init__`}}
    _ = Bare()  # expected-error {{cannot infer parameter `T` of `Bare` from the arguments; bind it explicitly, as in `Bare[...]`}}
