# RUN: %mojoc run %s | %FileCheck %s
# Constraints that hold cost nothing and change nothing.

fn scaled[n: Int](x: Int) -> Int:
    constrained[n > 0 and n < 100, "n must be in 1..99"]()
    return x * n

fn main():
    # CHECK: 6 50
    print(scaled[3](2), scaled[25](2))
