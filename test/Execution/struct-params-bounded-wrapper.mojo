# RUN: %mojoc run %s | %FileCheck %s
# A parametric struct whose type parameter has a trait bound calls that
# trait's methods in its own methods, and itself conforms to the trait, so
# it can wrap instances of itself and be passed to generic functions.

trait Shape(CollectionElement):
    fn area(self) -> Int:
        ...


@value
struct Square(Shape):
    var side: Int

    fn area(self) -> Int:
        return self.side * self.side


@value
struct Scaled[T: Shape, factor: Int](Shape):
    var inner: T

    fn area(self) -> Int:
        return self.inner.area() * factor


fn describe[T: Shape](x: T) -> Int:
    return x.area()


fn main():
    var s = Scaled[Square, 2](Square(3))
    # CHECK: 18
    print(s.area())
    var ss = Scaled[Scaled[Square, 2], 10](s)
    # CHECK-NEXT: 180 180
    print(ss.area(), describe(ss))
    # The type parameter inferred, the value one written by keyword.
    # CHECK-NEXT: 48
    print(describe(Scaled[factor=3](Square(4))))
