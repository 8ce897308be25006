# RUN: %mojoc run %s | %FileCheck %s
# Compile-time values computed by running ordinary functions: aliases,
# parameters and `@parameter if` conditions.

fn square(x: Int) -> Int:
    return x * x


fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fn next_power_of_two(n: Int) -> Int:
    var p = 1
    while p < n:
        p *= 2
    return p


fn collatz_steps(start: Int) -> Int:
    var n = start
    var steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


alias SQUARE = square(7)
alias FIB = fib(20)
alias TABLE_SIZE = next_power_of_two(1000)
alias STEPS = collatz_steps(27)
alias TYPED: Int = square(3) + 1


fn get[n: Int]() -> Int:
    return n


fn main():
    # CHECK: 49 6765 1024 111 10
    print(SQUARE, FIB, TABLE_SIZE, STEPS, TYPED)
    # CHECK-NEXT: 10
    print(get[square(3) + 1]())
    # CHECK-NEXT: 26
    print(get[fib(5) * 5 + 1]())
    # CHECK-NEXT: fib(10) is 55
    @parameter
    if fib(10) == 55:
        print("fib(10) is 55")
    else:
        print("wrong")
    # CHECK-NEXT: not a power of two
    @parameter
    if next_power_of_two(100) == 100:
        print("wrong")
    else:
        print("not a power of two")
