# RUN: %mojoc run %s | FileCheck %s
# List's searching (`in`, `count`, `index`), comparisons, slices (a new
# list), concatenation and repetition. The searching and comparing methods
# are conditional (`self: List[U, *_]` with `U` EqualityComparable).


fn show(l: List[Int]):
    for x in l:
        print(x[], end=" ")
    print()


fn main():
    var l = [1, 2, 3, 2, 5]
    # CHECK: True False True
    print(2 in l, 7 in l, 7 not in l)
    # CHECK-NEXT: 2 0
    print(l.count(2), l.count(9))
    try:
        # CHECK-NEXT: 1 3 4 1
        print(l.index(2), l.index(2, 2), l.index(5, -1), l.index(2, 0, 2))
        print(l.index(9))
    except e:
        # CHECK-NEXT: ValueError: Given element is not in list
        print(e)
    try:
        # `stop` bounds the search: 3 is at index 2, past -3 (2).
        print(l.index(3, 0, -3))
    except e:
        # CHECK-NEXT: ValueError: Given element is not in list
        print(e)
    # CHECK-NEXT: True False False True
    print(l == [1, 2, 3, 2, 5], l != [1, 2, 3, 2, 5], l == [1, 2], l != [1, 2, 3, 2, 6])
    # CHECK-NEXT: 2 3
    show(l[1:3])
    # CHECK-NEXT: 5 2 3 2 1
    show(l[::-1])
    # CHECK-NEXT: 2 5
    show(l[-2:])
    # CHECK-NEXT: 1 3 5
    show(l[::2])
    # CHECK-EMPTY:
    show(l[10:])
    # CHECK-NEXT: 2 3
    show(l[3:1:-1])
    var m = l + [7, 8]
    # CHECK-NEXT: 1 2 3 2 5 7 8
    show(m)
    m += [9]
    # CHECK-NEXT: 1 2 3 2 5 7 8 9
    show(m)
    m.extend([10])
    # CHECK-NEXT: 1 2 3 2 5 7 8 9 10
    show(m)
    # CHECK-NEXT: 1 2 1 2 1 2
    show([1, 2] * 3)
    var r = [4]
    r *= 2
    # CHECK-NEXT: 4 4
    show(r)
    # Elements with destructors: slices copy them.
    var nested = [[1], [2, 3], [4, 5, 6]]
    var tail = nested[1:]
    # CHECK-NEXT: 2 3 3
    print(len(tail), len(tail[1]), nested[1][1])
