# RUN: %mojoc run %s | %FileCheck %s
# `@value` synthesizes the fieldwise constructor.

@value
@register_passable("trivial")
struct Point:
    var x: Int
    var y: Int

    fn __add__(self, other: Self) -> Self:
        return Point(self.x + other.x, self.y + other.y)

    fn write_to[W: Writer](self, mut writer: W):
        writer.write("(")
        self.x.write_to(writer)
        writer.write(", ")
        self.y.write_to(writer)
        writer.write(")")

fn main():
    var p = Point(1, 2) + Point(10, 20)
    # CHECK: (11, 22) 11
    print(p, p.x)
    p.x = 5
    # CHECK-NEXT: (5, 22)
    print(p)
