# RUN: %mojoc run %s | %FileCheck %s
# Doubly recursive Fibonacci.

fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fn main():
    for i in range(10):
        print(fib(i), end=" ")
    print()
    # CHECK: 0 1 1 2 3 5 8 13 21 34
    # CHECK-NEXT: 6765
    print(fib(20))
    # CHECK-NEXT: 832040
    print(fib(30))
