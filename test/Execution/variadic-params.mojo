# RUN: %mojoc run %s | %FileCheck %s
# Variadic compile-time parameters `*sizes: Int`: read by a compile-time
# index, measured by `len`, walked by `@parameter for`.

fn total[*sizes: Int]() -> Int:
    var sum = 0
    @parameter
    for i in range(len(sizes)):
        sum += sizes[i]
    return sum

fn first[*sizes: Int]() -> Int:
    return sizes[0]

fn count[*sizes: Int]() -> Int:
    alias n = len(sizes)
    return n

fn each[*sizes: Int]():
    @parameter
    for s in sizes:
        print(s)

fn main():
    # CHECK: 6
    print(total[1, 2, 3]())
    # CHECK-NEXT: 7
    print(first[7, 8]())
    # CHECK-NEXT: 2
    print(count[4, 5]())
    # CHECK-NEXT: 0
    print(count())
    # CHECK-NEXT: 10
    # CHECK-NEXT: 20
    each[10, 20]()
