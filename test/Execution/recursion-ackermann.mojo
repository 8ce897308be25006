# RUN: %mojoc run %s | %FileCheck %s
# The Ackermann function for small arguments: deep, non-primitive recursion
# with a recursive call as an argument.

fn ack(m: Int, n: Int) -> Int:
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

fn main():
    # CHECK: 1 2 3
    print(ack(0, 0), ack(0, 1), ack(1, 1))
    # CHECK-NEXT: 7 9
    print(ack(2, 2), ack(2, 3))
    # CHECK-NEXT: 61
    print(ack(3, 3))
    # CHECK-NEXT: 253
    print(ack(3, 5))
