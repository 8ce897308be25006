# RUN: %mojoc run %s | %FileCheck %s
# Functions returning several values, with `-> Tuple[...]` and `-> (...)`;
# tuples passed as arguments (`read`, `mut`, `owned`) and held in fields.


fn divmod_(a: Int, b: Int) -> Tuple[Int, Int]:
    return a // b, a % b


fn check(n: Int) -> (Int, Bool):
    return n * 2, n > 0


fn sign(n: Int) -> Tuple[Int, Bool]:
    if n < 0:
        return -n, False
    return n, True


fn first(t: (Int, Bool)) -> Int:
    return t[0]


fn bump(mut t: Tuple[Int, Int]):
    t[0] += 1
    t[1] += 100


fn take(owned t: (Int, Int)) -> Int:
    t[0] = t[0] * 10
    return t[0] + t[1]


# More than eight leaves: returned through a slot of the caller.
fn nine() -> (Int, Int, Int, Int, Int, Int, Int, Int, Int):
    return 1, 2, 3, 4, 5, 6, 7, 8, 9


fn nested() -> ((Int, Int), Bool):
    return (1, 2), True


@value
struct Holder:
    var pair: (Int, Bool)
    var n: Int


fn main():
    var q, r = divmod_(17, 5)
    # CHECK: 3 2
    print(q, r)
    var v, pos = check(-4)
    # CHECK-NEXT: -8 False
    print(v, pos)
    var m, nonneg = sign(-3)
    # CHECK-NEXT: 3 False
    print(m, nonneg)
    # CHECK-NEXT: 9
    print(first((9, True)))
    var t = (1, 2)
    bump(t)
    # CHECK-NEXT: 2 102
    print(t[0], t[1])
    # CHECK-NEXT: 122
    print(take(t))
    # CHECK-NEXT: 2
    print(t[0])
    var n = nested()
    # CHECK-NEXT: 1 2 True
    print(n[0][0], n[0][1], n[1])
    n[0][1] = 7
    # CHECK-NEXT: 7
    print(n[0][1])
    var a, b, c, d, e, f, g, h9, i = nine()
    # CHECK-NEXT: 1 5 9
    print(a, e, i)
    # CHECK-NEXT: 8
    print(nine()[7])
    var h = Holder((5, True), 6)
    h.pair[0] = 50
    var h2 = h
    # CHECK-NEXT: 50 True 6
    print(h2.pair[0], h2.pair[1], h2.n)
