# RUN: %mojoc run %s | %FileCheck %s
# `if`/`elif`/`else` picks the first true branch; later conditions are not
# evaluated once one is true.

fn grade(score: Int) -> StringLiteral:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

fn check(value: Bool, name: StringLiteral) -> Bool:
    print("check", name)
    return value

fn main():
    # CHECK: A B C F
    print(grade(95), grade(80), grade(75), grade(3))
    if check(False, "one"):
        print("one")
    elif check(True, "two"):
        print("two")
    elif check(True, "three"):
        print("three")
    # CHECK-NEXT: check one
    # CHECK-NEXT: check two
    # CHECK-NEXT: two
    # CHECK-NOT: three
    var n = 0
    if n:
        print("nonzero")
    else:
        print("zero")
    # CHECK-NEXT: zero
    if True: print("one-line if")
    # CHECK-NEXT: one-line if
