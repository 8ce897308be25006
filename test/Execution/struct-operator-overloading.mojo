# RUN: %mojoc run %s | %FileCheck %s
# Arithmetic, comparison and unary operator dunders on a user struct.

@register_passable("trivial")
struct Vec:
    var x: Int
    var y: Int

    fn __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y

    fn __add__(self, rhs: Vec) -> Vec:
        return Vec(self.x + rhs.x, self.y + rhs.y)

    fn __sub__(self, rhs: Vec) -> Vec:
        return Vec(self.x - rhs.x, self.y - rhs.y)

    fn __mul__(self, k: Int) -> Vec:
        return Vec(self.x * k, self.y * k)

    fn __neg__(self) -> Vec:
        return Vec(-self.x, -self.y)

    fn __eq__(self, rhs: Vec) -> Bool:
        return self.x == rhs.x and self.y == rhs.y

    fn __ne__(self, rhs: Vec) -> Bool:
        return not (self == rhs)

    fn __lt__(self, rhs: Vec) -> Bool:
        return self.x * self.x + self.y * self.y < rhs.x * rhs.x + rhs.y * rhs.y

fn show(v: Vec):
    print(v.x, v.y)

fn main():
    var a = Vec(1, 2)
    var b = Vec(3, 5)
    # CHECK: 4 7
    show(a + b)
    # CHECK-NEXT: -2 -3
    show(a - b)
    # CHECK-NEXT: 3 6
    show(a * 3)
    # CHECK-NEXT: -1 -2
    show(-a)
    # CHECK-NEXT: 5 9
    show(a + b + a)
    # CHECK-NEXT: False True True
    print(a == b, a != b, a == Vec(1, 2))
    # CHECK-NEXT: True False
    print(a < b, b < a)
    # CHECK-NEXT: 7 12
    show(a + b * 2)
