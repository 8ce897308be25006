# RUN: %mojoc run %s | FileCheck %s
# `Optional[T]` holds its value inline; `None` and a `T` convert to it.
from collections import Optional


fn show(x: Optional[Int]):
    if x:
        print("some", x.value())
    else:
        print("none")


fn main():
    var a: Optional[Int] = None
    var b = Optional(5)
    # CHECK: none
    show(a)
    # CHECK-NEXT: some 5
    show(b)
    # CHECK-NEXT: some 7
    show(Int(7))
    # CHECK-NEXT: none
    show(None)
    # CHECK-NEXT: True False False True
    print(a is None, a is not None, b is None, b is not None)
    # CHECK-NEXT: True False
    print(a == None, b == None)
    # CHECK-NEXT: 3 5
    print(a.or_else(3), b.or_else(3))
    # A value with a destructor: copied, moved out, destroyed once.
    var l = Optional(List[Int](1, 2, 3))
    var l2 = l
    # CHECK-NEXT: 3 3
    print(len(l.value()), l2.value()[2])
    var t = l.take()
    # CHECK-NEXT: 3 False True
    print(len(t), Bool(l), ~l)
    b.value() = 9
    # CHECK-NEXT: 9 9
    print(b.value(), b.unsafe_value())
    # Comparison of two optionals of an EqualityComparable type.
    var c = Optional[Int]()
    # CHECK-NEXT: True False False True False
    print(b == Optional(9), b != Optional(9), b == c, c == Optional[Int](), b == Optional(4))
