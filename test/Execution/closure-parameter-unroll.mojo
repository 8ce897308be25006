# RUN: %mojoc run %s | %FileCheck %s
# An `@parameter` closure bound to a function parameter and called from an
# unrolled `@parameter for`: it reads some captured locals and changes
# others, including the elements of a captured tuple, and sees changes
# made between calls.

fn unroll[n: Int, body: fn (Int) capturing -> None]():
    @parameter
    for i in range(n):
        body(i)


fn main():
    var scale = 3
    var sum = 0
    var count = 0
    var pair = (0, 0)

    @parameter
    fn body(i: Int):
        sum += i * scale
        count += 1
        pair[0] += i
        pair[1] += 1

    unroll[4, body]()
    # CHECK: 18 4 6 4
    print(sum, count, pair[0], pair[1])
    scale = 0
    unroll[2, body]()
    # CHECK-NEXT: 18 6 7 6
    print(sum, count, pair[0], pair[1])
