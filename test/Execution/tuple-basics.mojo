# RUN: %mojoc run %s | %FileCheck %s
# Tuple literals, indexing with a compile-time index (a literal or an
# `alias`), assigning an element, and the `Tuple[...]` / `(...)` spellings.

alias SECOND = 1
alias Pair = Tuple[Int, Bool]


fn main():
    var t = (1, True)
    # CHECK: 1 True
    print(t[0], t[1])
    t[0] = 5
    t[SECOND] = False
    # CHECK-NEXT: 5 False
    print(t[0], t[1])
    var u: Tuple[Int, Bool, Int] = (7, True, 9)
    # CHECK-NEXT: 7 True 9
    print(u[0], u[1], u[2])
    var w: (Int, Int) = (3, 4)
    w[1] += 10
    # CHECK-NEXT: 3 14
    print(w[0], w[1])
    # A one-element tuple and the empty tuple.
    var one = (42,)
    var none = ()
    _ = none
    # CHECK-NEXT: 42
    print(one[0])
    # Indexing an rvalue.
    # CHECK-NEXT: 8
    print((6, 8)[1])
    # Built by a call of `Tuple`, of a `Tuple[...]` type, of an alias.
    var c = Tuple(1, True)
    var d = Tuple[Int, Int](3, 4)
    var e = Pair(5, False)
    # CHECK-NEXT: 1 True 3 4 5 False
    print(c[0], c[1], d[0], d[1], e[0], e[1])
