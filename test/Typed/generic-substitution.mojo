# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# A concrete instance of a generic function is its body checked against the
# bounds, with the archetypes replaced: a requirement's call becomes the
# witness's, and copies are decided again for the bound type (none for a
# trivial one). A value parameter's uses become its constant.

trait Shape:
    fn area(self) -> Int: ...

    @staticmethod
    fn sides() -> Int: ...

@value
struct Square(Shape):
    var side: Int

    fn area(self) -> Int:
        return self.side * self.side

    @staticmethod
    fn sides() -> Int:
        return 4

    fn __copyinit__(out self, existing: Self):
        self.side = existing.side

    fn __del__(owned self):
        pass

fn total[T: Shape](a: T) -> Int:
    return a.area() + T.sides()

fn twice[T: CollectionElement](x: T) -> (T, T):
    return (x, x)

fn scale[k: Int](x: Int) -> Int:
    return x * k

fn scale_twice[k: Int](x: Int) -> Int:
    return scale[k](scale[k](x))

fn main():
    _ = scale_twice[2](3)
    _ = total(Square(2))
    _ = twice(Square(3))
    _ = twice(4)

# CHECK-LABEL: fn scale_twice[2](x: Int) -> Int
# CHECK-NEXT:    return scale[2](scale[2](x))

# CHECK-LABEL: fn total[Square](a: Square) -> Int
# CHECK-NEXT:    return Int.__add__(Square.area(a), Square.sides())

# CHECK-LABEL: fn twice[Square](x: Square) -> Tuple[Square, Square]
# CHECK-NEXT:    return tuple(copy(x) by Square.__copyinit__, copy(x) by Square.__copyinit__)

# CHECK-LABEL: fn twice[Int](x: Int) -> Tuple[Int, Int]
# CHECK-NEXT:    return tuple(x, x)

# CHECK-LABEL: fn scale[2](x: Int) -> Int
# CHECK-NEXT:    return Int.__mul__(x, 2)
