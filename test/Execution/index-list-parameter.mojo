# RUN: %mojoc run %s | %FileCheck %s
# RUN: %mojoc run -O0 %s | %FileCheck %s
# An `IndexList` as a compile-time value: a parameter of functions and
# structs, an `alias`, its indices read in parameter expressions.
from utils import IndexList

alias S = IndexList[2](4, 8)
alias Y = S[1] + 1


struct Grid[shape: IndexList[2]]:
    fn __init__(out self):
        pass

    fn cells(self) -> Int:
        return shape.flattened_length()

    @staticmethod
    fn rows() -> Int:
        alias r = shape[0]
        return r


fn total[shape: IndexList[3]]() -> Int:
    var sum = 0
    @parameter
    for i in range(len(shape)):
        sum += shape[i]
    @parameter
    if shape[0] > 1:
        sum += 1000
    return sum


fn second[shape: IndexList[3]]():
    alias x = shape[1] * 10
    print(shape, x)


fn main():
    # CHECK: 9 (4, 8)
    print(Y, S)
    alias z = S[0] * S[1]
    # CHECK-NEXT: 32
    print(z)
    # CHECK-NEXT: 32 3
    print(Grid[S]().cells(), Grid[IndexList[2](3, 5)].rows())
    # CHECK-NEXT: 6 1010
    print(total[IndexList[3](1, 2, 3)](), total[IndexList[3](5, 2, 3)]())
    # CHECK-NEXT: (7, 8, 9) 80
    second[IndexList[3](7, 8, 9)]()
    alias u = IndexList[3](1, 2, 3) + IndexList[3](1)
    # CHECK-NEXT: (2, 3, 4) 4
    print(u, u[2])
