# RUN: %mojoc check -verify %s
# Binding a parametric struct's parameters: each mistake is reported at the
# binding, with a note at the parameter.

struct Box[T: AnyType]:
    var v: Int

    fn __init__(out self):
        self.v = 0


struct Grid[rows: Int, cols: Int = 2]:
    alias size = rows * cols

    fn __init__(out self):
        pass


@value
struct Duo[A: CollectionElement, B: CollectionElement]:  # expected-note {{parameter `B` is declared here}}
    var first: A
    var second: B

    @staticmethod
    fn twice(a: A) -> Duo[A, A]:
        return Duo[A, A](a, a)


@value
struct Tagged[T: CollectionElement, //, tag: Int]:
    var value: T


struct Plain:
    fn __init__(out self):
        pass


fn main():
    var a = Grid[Int]()  # expected-error {{parameter `rows` of `Grid` takes a value of type `Int`, not a type}} expected-note@12 {{parameter `rows` is declared here}}
    var b = Box[3]()  # expected-error {{parameter `T` of `Box` takes a type, not a value}} expected-note@5 {{parameter `T` is declared here}}
    var c = Grid[1, 2, 3]()  # expected-error {{`Grid` takes 2 positional parameters, but 3 were given}}
    var d = Grid[cols=1]()  # expected-error {{cannot infer parameter `rows` of `Grid` from the arguments; bind it explicitly, as in `Grid[...]`}} expected-note@12 {{parameter `rows` is declared here}}
    var e = Grid[x=1]()  # expected-error {{`Grid` has no parameter named `x`}}
    var f = Grid[True]()  # expected-error {{parameter `rows` of `Grid` takes a value of type `Int`, not `Bool`}} expected-note@12 {{parameter `rows` is declared here}}
    var g = Box()  # expected-error {{cannot infer parameter `T` of `Box` from the arguments; bind it explicitly, as in `Box[...]`}} expected-note@5 {{parameter `T` is declared here}}
    var h = Plain[3]()  # expected-error {{`Plain` takes no parameters}}
    var i = Grid[1, rows=2]()  # expected-error {{parameter `rows` of `Grid` is bound twice}}
    var j = Grid.size  # expected-error {{`Grid` is parametric; bind its parameters before using its member `size`, as in `Grid[...].size`}}
    var k: Box = Box[Int]()  # expected-error {{parameter `T` of `Box` is not bound and has no default}} expected-note@5 {{parameter `T` is declared here}}
    var l = Duo.twice(3)  # expected-error {{cannot infer parameter `B` of `Duo` from the arguments; bind it explicitly, as in `Duo[...]`}}
    var m = Duo.first  # expected-error {{`Duo` is parametric; bind its parameters before using its member `first`, as in `Duo[...].first`}}
    var n = Tagged[Int, 3](4)  # expected-error {{`Tagged` takes 1 positional parameters, but 2 were given}}
