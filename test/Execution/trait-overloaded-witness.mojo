# RUN: %mojoc run %s | %FileCheck %s
# A struct may overload a required method: the overload with the required
# signature meets the requirement, and a generic function calling it
# through the bound reaches that overload, while direct calls still choose
# among all of them.

trait Shape:
    fn area(self) -> Int:
        ...

    fn scale(self, by: Int) -> Int:
        ...


@value
struct Square(Shape):
    var side: Int

    fn area(self, border: Int) -> Int:
        return (self.side + 2 * border) * (self.side + 2 * border)

    fn area(self) -> Int:
        return self.side * self.side

    fn scale(self, by: Bool) -> Int:
        return -1

    fn scale(self, by: Int) -> Int:
        return self.side * by


fn measure[T: Shape](x: T) -> Int:
    return x.area() * 1000 + x.scale(10)


fn main():
    # CHECK: 9030
    print(measure(Square(3)))
    # CHECK-NEXT: 25 -1
    print(Square(3).area(1), Square(3).scale(True))
