# RUN: %mojoc run %s | %FileCheck %s
# A `while` loop re-tests its condition before every iteration.

fn main():
    var i = 0
    var total = 0
    while i < 5:
        total += i
        i += 1
    # CHECK: 5 10
    print(i, total)
    var n = 27
    var steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    # CHECK-NEXT: 111
    print(steps)
    while False:
        print("never")
    # CHECK-NOT: never
    # CHECK-NEXT: end
    print("end")
