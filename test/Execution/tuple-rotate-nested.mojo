# RUN: %mojoc run %s | %FileCheck %s
# Several results and nested tuples: a three-way rotation, structs as
# results, a nested tuple unpacked by a nested target, and elements of
# nested tuples read and assigned in place.

@value
struct Point:
    var x: Int
    var y: Int


fn min_max(a: Int, b: Int, c: Int) -> (Int, Int):
    var lo = a
    var hi = a
    for v in range(3):
        var n = b if v == 1 else (c if v == 2 else a)
        if n < lo:
            lo = n
        if n > hi:
            hi = n
    return lo, hi


fn corners(p: Point, size: Int) -> (Point, Point):
    return p, Point(p.x + size, p.y + size)


fn tree() -> ((Int, (Int, Int)), Bool):
    return (1, (2, 3)), True


fn main():
    var a, b, c = 1, 2, 3
    a, b, c = b, c, a
    # CHECK: 2 3 1
    print(a, b, c)
    var lo, hi = min_max(5, -2, 9)
    # CHECK-NEXT: -2 9
    print(lo, hi)
    var p, q = corners(Point(1, 1), 4)
    # CHECK-NEXT: 1 1 5 5
    print(p.x, p.y, q.x, q.y)
    (x, (y, z)), flag = tree()
    # CHECK-NEXT: 1 2 3 True
    print(x, y, z, flag)
    var t = tree()
    t[0][1][0] = 20
    t[0][1][1] += 100
    # CHECK-NEXT: 1 20 103
    print(t[0][0], t[0][1][0], t[0][1][1])
