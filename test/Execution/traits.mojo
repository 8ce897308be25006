# RUN: %mojoc run %s | %FileCheck %s
# Traits with static methods, associated aliases and inheritance; explicit
# conformance; built-in traits met by Int and Bool.

trait Shape:
    fn area(self) -> Int: ...
    @staticmethod
    fn sides() -> Int: ...

trait Solid(Shape):
    alias faces: Int

@value
struct Square(Shape):
    var side: Int
    fn area(self) -> Int:
        return self.side * self.side
    @staticmethod
    fn sides() -> Int:
        return 4

@value
struct Cube(Solid):
    var side: Int
    alias faces = 6
    fn area(self) -> Int:
        return Self.faces * self.side * self.side
    @staticmethod
    fn sides() -> Int:
        return 12

fn describe[T: Shape](shape: T) -> Int:
    return shape.area() * 100 + T.sides()

fn faces[T: Solid](solid: T) -> Int:
    return T.faces + T.sides() + solid.area()

trait Ordered(Comparable, CollectionElement):
    pass

fn biggest[T: Ordered](a: T, b: T) -> T:
    if a > b:
        return a
    return b

fn magnitude[T: Absable](x: T) -> T:
    return x.__abs__()

fn default[T: Defaultable]() -> T:
    return T()

fn truth[T: Boolable](x: T) -> Bool:
    return x.__bool__()

fn main():
    # CHECK: 904
    print(describe(Square(3)))
    # CHECK-NEXT: 2412
    print(describe(Cube(2)))
    # CHECK-NEXT: 42
    print(faces(Cube(2)))
    # CHECK-NEXT: 6
    print(Cube.faces)
    # CHECK-NEXT: 7 True
    print(biggest(3, 7), biggest(False, True))
    # CHECK-NEXT: 5
    print(magnitude(-5))
    # CHECK-NEXT: 0 False
    print(default[Int](), default[Bool]())
    # CHECK-NEXT: False True
    print(truth(0), truth(Int(2)))
    # CHECK-NEXT: 1200 1300 1400
    print(round_to(1250), round_to(1349), round_to(1350))

fn round_to(x: Int) -> Int:
    return x.__round__(-2)
