# RUN: %mojoc run %s | %FileCheck %s
# Unpacking a tuple into several targets: `var a, b = ...`, assignment to
# existing and to new names, `a, b = b, a`, nested targets, `_`, chains.


fn pair() -> (Int, Int):
    return 1, 2


fn main():
    var a, b = pair()
    # CHECK: 1 2
    print(a, b)
    a, b = b, a
    # CHECK-NEXT: 2 1
    print(a, b)
    c, d = 10, 20
    # CHECK-NEXT: 10 20
    print(c, d)
    (c, d), e = (d, c), 5
    # CHECK-NEXT: 20 10 5
    print(c, d, e)
    x, _ = pair()
    # CHECK-NEXT: 1
    print(x)
    var t = (3, 4)
    a, b = t
    # CHECK-NEXT: 3 4 3
    print(a, b, t[0])
    # Elements of a tuple are targets too.
    t[0], t[1] = t[1], t[0]
    # CHECK-NEXT: 4 3
    print(t[0], t[1])
    p, q = r, s = 6, 7
    # CHECK-NEXT: 6 7 6 7
    print(p, q, r, s)
