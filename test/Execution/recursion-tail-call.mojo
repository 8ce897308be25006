# RUN: %mojoc run -O3 %s | %FileCheck %s
# A tail call becomes a loop when optimizing, so a million-deep recursion
# runs in constant stack. (-O0 keeps the calls, as in C; the level is
# pinned so that the suite's -O0 run keeps testing this at -O3.)

fn sum_to(n: Int, acc: Int) -> Int:
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)

fn main():
    # CHECK: 500000500000
    print(sum_to(1000000, 0))
