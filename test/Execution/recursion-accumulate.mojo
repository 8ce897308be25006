# RUN: %mojoc run %s | %FileCheck %s
# Recursion through a helper with an accumulator, and a recursive gcd.

fn sum_to(n: Int, acc: Int) -> Int:
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)

fn gcd(a: Int, b: Int) -> Int:
    if b == 0:
        return a
    return gcd(b, a % b)

fn main():
    # CHECK: 5050
    print(sum_to(100, 0))
    # CHECK-NEXT: 50005000
    print(sum_to(10000, 0))
    # CHECK-NEXT: 6 1 21
    print(gcd(48, 18), gcd(17, 5), gcd(0, 21))
