# RUN: %mojoc run %s | FileCheck %s
# A list display passed as an argument takes the `List` type the
# parameter declares, when every candidate without compile-time
# parameters declares the same one: `f([])`, `f([1, 2])` for
# `f(xs: List[Float64])`, keywords, variadics, methods and constructors.

fn total(xs: List[Float64]) -> Float64:
    var s = 0.0
    for x in xs:
        s += x[]
    return s


fn count(xs: List[Int]) -> Int:
    return len(xs)


fn both(a: List[Int], *, scale: List[Float64]) -> Int:
    return len(a) + len(scale)


fn many(*lists: List[Int]) -> Int:
    var n = 0
    for l in lists:
        n += len(l[])
    return n


struct Box:
    var items: List[String]

    fn __init__(out self, items: List[String]):
        self.items = items

    fn add(mut self, more: List[String]):
        self.items += more


fn main():
    # CHECK: 0
    print(count([]))
    # The literals become `Float64`s, not a `List[Int]`.
    # CHECK-NEXT: 6.0
    print(total([1, 2, 3]))
    # CHECK-NEXT: 0
    print(both([], scale=[]))
    # CHECK-NEXT: 3
    print(many([1], [], [2, 3]))
    var b = Box([])
    b.add(["x", "y"])
    Box.add(b, [])
    # CHECK-NEXT: 2 x
    print(len(b.items), b.items[0])
    # A generic struct's method is not generic once the struct is bound.
    var nested = List[List[Int]]()
    nested.append([])
    nested.append([4, 5])
    # CHECK-NEXT: 2 2
    print(len(nested), len(nested[1]))
