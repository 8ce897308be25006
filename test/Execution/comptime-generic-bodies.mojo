# RUN: %mojoc run %s | %FileCheck %s
# Functions run at compile time from inside generic bodies, with the
# instance's parameters as arguments; each instance computes its own.

fn cube(x: Int) -> Int:
    return x * x * x


fn is_even(n: Int) -> Bool:
    return n % 2 == 0


fn table_entry[n: Int]() -> Int:
    alias value = cube(n) + 1
    return value


fn parity[n: Int]() -> StringLiteral:
    @parameter
    if is_even(n):
        return "even"
    else:
        return "odd"


struct Grid[rows: Int, cols: Int]:
    alias cells = cube(rows) * cols

    fn __init__(out self):
        pass


fn main():
    # CHECK: 9 28 126
    print(table_entry[2](), table_entry[3](), table_entry[5]())
    # CHECK-NEXT: even odd
    print(parity[4](), parity[7]())
    # CHECK-NEXT: 24
    print(Grid[2, 3].cells)
