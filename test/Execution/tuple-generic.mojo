# RUN: %mojoc run %s | %FileCheck %s
# Tuples through generic functions: a tuple binds a type parameter whole,
# and a tuple pattern (`Tuple[A, B]`, `(A, (B, Int))`) binds its parts.


fn ident[T: CollectionElement](x: T) -> T:
    return x


fn first[A: CollectionElement, B: CollectionElement](t: Tuple[A, B]) -> A:
    return t[0]


fn inner[A: CollectionElement, B: CollectionElement](t: (A, (B, Int))) -> B:
    return t[1][0]


fn main():
    var t = ident((1, True))
    # CHECK: 1 True
    print(t[0], t[1])
    var u = ident(((1, 2), 3))
    # CHECK-NEXT: 2
    print(u[0][1])
    # CHECK-NEXT: 5
    print(first((5, True)))
    # CHECK-NEXT: False
    print(inner((5, (False, 3))))
