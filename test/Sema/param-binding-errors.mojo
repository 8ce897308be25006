# RUN: %mojoc check -verify %s
# A compile-time parameter of the wrong kind, an uninferable one, and a
# type argument that does not conform to its bound.

trait Shape:
    fn area(self) -> Int:
        ...


struct Square:
    var side: Int

    fn __init__(out self, side: Int):
        self.side = side

    fn area(self) -> Int:
        return self.side * self.side


struct Holder[T: Shape]:  # expected-note {{parameter `T` is declared here}}
    fn __init__(out self):
        pass


fn pick[flag: Bool]() -> Int:  # expected-note {{candidate not viable: parameter `flag` of `pick` takes a value of type `Bool`, not a type}}
    return 1


fn total[T: Shape](x: T) -> Int:  # expected-note {{candidate not viable: cannot bind parameter `T` of `total` to `Int`: `Int` does not conform to `Shape`: it has no method `area`}}
    return x.area()


fn make[T: AnyType]() -> Int:  # expected-note {{candidate not viable: cannot infer parameter `T`}}
    return 0


fn count[n: Int]() -> Int:  # expected-note {{candidate not viable: parameter `n` of `count` takes a value of type `Int`, not `StringLiteral`}}
    return n


struct Grid[rows: Int, cols: Int = 2]:
    fn __init__(out self):
        pass


fn three_columns(g: Grid[_, 3]) -> Int:  # expected-note {{candidate not viable: argument `g` takes an instance of `Grid` that its type accepts, not `Grid[2, 2]`}}
    return 0


fn main():
    var x = 3
    _ = pick[Int]()  # expected-error {{no matching function in call to `pick`}}
    _ = total(Square(2))
    _ = total(5)  # expected-error {{no matching function in call to `total`}}
    _ = make()  # expected-error {{no matching function in call to `make`}}
    _ = count["three"]()  # expected-error {{no matching function in call to `count`}}
    _ = count[x]()  # expected-error {{`x` is a run-time value}}
    var h = Holder[Int]()  # expected-error {{cannot bind parameter `T` of `Holder` to `Int`: `Int` does not conform to `Shape`: it has no method `area`}}
    var s = Holder[Square]()
    _ = three_columns(Grid[2]())  # expected-error {{no matching function in call to `three_columns`}}
