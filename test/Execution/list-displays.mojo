# RUN: %mojoc run %s | FileCheck %s
# `[a, b]` builds a `List`: of the expected `List`'s element type, else of
# the type the first element materializes to.


fn total(l: List[Int]) -> Int:
    var s = 0
    for x in l:
        s += x[]
    return s


fn empty() -> List[Int]:
    return []


fn main():
    var l = [1, 2, 3]
    # CHECK: 3 1 3 6
    print(len(l), l[0], l[2], total(l))
    var e: List[Int] = []
    # CHECK-NEXT: 0 0
    print(len(e), len(empty()))
    var n = [[1], [2, 3], []]
    # CHECK-NEXT: 3 2 0 3
    print(len(n), len(n[1]), len(n[2]), n[1][1])
    var f = [1.5, 2.5]
    # CHECK-NEXT: 2.5
    print(f[1])
    var s = ["a", "b"]
    # CHECK-NEXT: b
    print(s[1])
    var f32: List[Float32] = [1, 2.5]
    # CHECK-NEXT: 1.0 2.5
    print(f32[0], f32[1])
    # CHECK-NEXT: 9
    print(total([4, 5]))
    var x = 7
    var from_vars = [x, x + 1]
    # CHECK-NEXT: 7 8
    print(from_vars[0], from_vars[1])
    # Assigned to a variable, a display takes the variable's type.
    var late: List[Float64]
    late = [1, 2]
    from_vars = []
    # CHECK-NEXT: 2.0 0
    print(late[1], len(from_vars))
    # A Slice value indexes as `a:b` does.
    # CHECK-NEXT: 2
    print(len(l[slice(0, 2)]))
    # The first element that is no literal gives the type.
    var y = Float64(2.5)
    var mixed = [1, y, 3]
    # CHECK-NEXT: 1.0 2.5
    print(mixed[0], mixed[1])
