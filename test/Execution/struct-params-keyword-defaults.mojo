# RUN: %mojoc run %s | %FileCheck %s
# Keyword bindings may skip a defaulted parameter in the middle, and each
# default is computed from the values bound before it, whichever way those
# were given.

struct Box3[w: Int, h: Int = w, d: Int = w + h]:
    fn __init__(out self):
        pass

    fn volume(self) -> Int:
        return w * h * d

    fn dims(self):
        print(w, h, d)


fn main():
    # CHECK: 2 2 4
    Box3[2]().dims()
    # CHECK-NEXT: 2 5 7
    Box3[2, 5]().dims()
    # `h` keeps its default while `d` is given by keyword.
    # CHECK-NEXT: 3 3 1
    Box3[3, d=1]().dims()
    # All by keyword, in any order.
    # CHECK-NEXT: 4 1 5
    Box3[h=1, w=4]().dims()
    # CHECK-NEXT: 60
    print(Box3[d=5, h=3, w=4]().volume())
    # The same values bind the same instance, however they are spelled.
    var a: Box3[2, 2, 4] = Box3[2]()
    # CHECK-NEXT: 16
    print(a.volume())
