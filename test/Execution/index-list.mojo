# RUN: %mojoc run %s | %FileCheck %s
# RUN: %mojoc run -O0 %s | %FileCheck %s
# `utils.IndexList` at run time: construction, indexing, arithmetic and
# printing as Mojo 24.6 prints it.
from utils import IndexList, Index
from utils.index_ import product


fn main():
    var a = IndexList[3](1, 2, 3)
    a[1] = 7
    # CHECK: 1 7 3 3 (1, 7, 3)
    print(a[0], a[1], a[2], len(a), a)
    var i = 2
    a[i] = a[i] + 10
    # CHECK-NEXT: 13 13
    print(a[i], a.__getitem__[2]())
    # CHECK-NEXT: (5,) (0, 0) (9, 9, 9, 9)
    print(IndexList[1](5), IndexList[2](), IndexList[4](9))
    var t: IndexList[2] = (3, 4)
    # CHECK-NEXT: (3, 4) True False
    print(t, t == IndexList[2](3, 4), t != IndexList[2](3, 4))
    # CHECK-NEXT: (6, 8) (9, 16) (2, 3) (1, 2) 12
    print(t + t, t * t, t - IndexList[2](1), t // 2, t.flattened_length())
    var q = IndexList[4]((1, 2, 3, 4))
    # CHECK-NEXT: (1, 2, 3, 4) (4, 5, 6) 24 6 12
    print(q, IndexList[3]((4, 5, 6)), product(q), product(q, 3), product(q, 2, 4))
    var u = IndexList[2, element_bitwidth=32, unsigned=True](1, 4294967295)
    # CHECK-NEXT: (1, 4294967295) (1, 4294967295) uint32
    print(u, u.canonicalize(), u.element_type)
    var w = IndexList[2, element_bitwidth=8](100, 300)
    # CHECK-NEXT: (100, 44) (1, 2, 3) (7,)
    print(w, Index(1, 2, 3), Index(7))
