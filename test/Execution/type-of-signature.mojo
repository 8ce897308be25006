# RUN: %mojoc run %s | %FileCheck %s
# `__type_of(x)` in a signature names the type of an argument before it.


fn add(x: Int, y: __type_of(x)) -> __type_of(x):
    return x + y


fn total[T: Intable](x: T, y: __type_of(x)) -> Int:
    return Int(x) + Int(y)


fn double(x: SIMD) -> __type_of(x):
    return x * 2


@value
struct Point:
    var x: Int
    var y: Int

    fn plus(self, other: __type_of(self)) -> __type_of(self):
        return Point(self.x + other.x, self.y + other.y)


fn main():
    # CHECK: 3 7
    print(add(1, 2), total(3, 4))
    # CHECK-NEXT: 3.0 [2, 4]
    print(double(Float32(1.5)), double(SIMD[DType.int32, 2](1, 2)))
    var p = Point(1, 2).plus(Point(10, 20))
    # CHECK-NEXT: 11 22
    print(p.x, p.y)
