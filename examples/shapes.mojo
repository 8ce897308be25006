# Shapes: traits with static methods and associated aliases, generic
# functions checked against them, and a parametric `Pair`.
#
#   mojoc run examples/shapes.mojo


trait Shape(CollectionElement):
    # Every shape says how many sides it has: an associated alias.
    alias sides: Int

    fn area(self) -> Int:
        ...

    @staticmethod
    fn name() -> StringLiteral:
        ...


@value
struct Square(Shape):
    alias sides = 4
    var side: Int

    fn area(self) -> Int:
        return self.side * self.side

    @staticmethod
    fn name() -> StringLiteral:
        return "square"


@value
struct Triangle(Shape):
    alias sides = 3
    var base: Int
    var height: Int

    fn area(self) -> Int:
        return self.base * self.height // 2

    @staticmethod
    fn name() -> StringLiteral:
        return "triangle"


# Two shapes of any kinds, kept together: one struct, one instance per
# pair of types (`Pair[Square, Triangle]`).
@value
struct Pair[A: Shape, B: Shape]:
    var first: A
    var second: B

    fn total_area(self) -> Int:
        return self.first.area() + self.second.area()

    @staticmethod
    fn total_sides() -> Int:
        return A.sides + B.sides


# Checked once against `Shape`: it may use only what the trait promises.
fn describe[S: Shape](shape: S):
    print("a", S.name(), "with", S.sides, "sides has area", shape.area())


fn larger[S: Shape](a: S, b: S) -> S:
    if a.area() >= b.area():
        return a
    return b


fn main():
    var square = Square(3)
    var triangle = Triangle(4, 5)
    describe(square)
    describe(triangle)
    describe(larger(Square(2), Square(5)))

    var pair = Pair(square, triangle)
    print("the pair covers", pair.total_area(), "with",
          Pair[Square, Triangle].total_sides(), "sides")
