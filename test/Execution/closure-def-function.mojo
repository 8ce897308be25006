# RUN: %mojoc run %s | %FileCheck %s
# Closures inside a `def`: nested functions capture the `def`'s implicitly
# declared variables and its arguments (private copies in a `def`), change
# them by reference, and an `@parameter` one is passed as a parameter.

fn repeat[body: fn (Int) capturing -> None](n: Int):
    for i in range(n):
        body(i)


def accumulate(start: Int) -> Int:
    total = start
    calls = 0

    @parameter
    fn add(i: Int):
        total += i
        calls += 1

    repeat[add](4)

    fn bump_start():
        # A `def` argument is a private copy, so it may be changed.
        start += 100

    bump_start()
    print(calls, start)
    return total


def main():
    # CHECK: 4 110
    # CHECK-NEXT: 16
    print(accumulate(10))
