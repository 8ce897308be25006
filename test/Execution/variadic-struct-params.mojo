# RUN: %mojoc run %s | %FileCheck %s
# A struct may take a variadic parameter list: `Shape[2, 3, 4]`.

struct Shape[*dims: Int]:
    fn __init__(out self):
        pass

    fn rank(self) -> Int:
        return len(dims)

    fn size(self) -> Int:
        var n = 1
        @parameter
        for i in range(len(dims)):
            n *= dims[i]
        return n

fn main():
    var s = Shape[2, 3, 4]()
    # CHECK: 3 24
    print(s.rank(), s.size())
    var t = Shape[]()
    # CHECK-NEXT: 0
    print(t.rank())
