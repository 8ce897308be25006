# RUN: %mojoc run %s | %FileCheck %s
# Homogeneous variadic arguments `*values: Int`: one argument per element,
# each converted to the element type.

fn add(*values: Int) -> Int:
    var sum = 0
    for v in values:
        sum += v
    return sum

fn nargs(*values: Int) -> Int:
    return len(values)

fn second(*values: Int) -> Int:
    return values[1]

fn scaled(factor: Int, *values: Int, offset: Int = 0) -> Int:
    var sum = 0
    for i in range(len(values)):
        sum += values[i] * factor
    return sum + offset

fn main():
    # CHECK: 10
    print(add(1, 2, 3, 4))
    # CHECK-NEXT: 0
    print(add())
    # CHECK-NEXT: 3
    print(nargs(1, 2, 3))
    # CHECK-NEXT: 20
    print(second(10, 20, 30))
    # CHECK-NEXT: 61
    print(scaled(10, 1, 2, 3, offset=1))
