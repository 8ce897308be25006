# RUN: %mojoc run %s | %FileCheck %s
# A variadic argument or parameter indexed by a run-time `Int`: an
# argument's index reads the caller's buffer (`VariadicList.__getitem__`),
# a parameter's picks among the constants (a tree of selects).

fn at(i: Int, *values: Int) -> Int:
    return values[i]

fn total[*sizes: Int]() -> Int:
    var sum = 0
    for i in range(len(sizes)):
        sum += sizes[i] * (i + 1)
    return sum

fn floats(i: Int, *values: Float64) -> Float64:
    return values[i]

fn main():
    # CHECK: 10 20 30 40 50
    print(at(0, 10, 20, 30, 40, 50), at(1, 10, 20, 30, 40, 50), at(2, 10, 20, 30, 40, 50), at(3, 10, 20, 30, 40, 50), at(4, 10, 20, 30, 40, 50))
    # CHECK-NEXT: 7
    print(at(0, 7))
    # CHECK-NEXT: 140
    print(total[10, 20, 30]())
    # CHECK-NEXT: 2.5
    print(floats(1, 1.5, 2.5, 3.5))
