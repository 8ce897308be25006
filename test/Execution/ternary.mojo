# RUN: %mojoc run %s | %FileCheck %s --implicit-check-not=unused
# `a if c else b` evaluates only the chosen arm and is right-associative.

fn arm(value: Int, name: StringLiteral) -> Int:
    print(name)
    return value

fn classify(n: Int) -> StringLiteral:
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

fn main():
    var x = 5
    # CHECK: big
    print("big" if x > 3 else "small")
    # CHECK-NEXT: then
    # CHECK-NEXT: 1
    print(arm(1, "then") if x > 3 else arm(2, "unused-else"))
    # CHECK-NEXT: else
    # CHECK-NEXT: 2
    print(arm(1, "unused-then") if x < 3 else arm(2, "else"))
    # CHECK-NEXT: neg zero pos
    print(classify(-4), classify(0), classify(9))
    var y = x * 2 if x % 2 == 1 else x // 2
    # CHECK-NEXT: 10
    print(y)
