# RUN: %mojoc run %s | %FileCheck %s
# `or`/`and` yield an operand, evaluated once; a chained comparison evaluates
# its middle operand once; `:=` binds inside an expression.

fn mid(x: Int) -> Int:
    print("mid called")
    return x

fn main():
    # CHECK: mid called
    # CHECK-NEXT: True
    print(1 < mid(2) < 3)
    var z = 0
    var t = 3
    # CHECK-NEXT: 3 0 0 3
    print(z or t, t and z, z and t, t or z)
    # CHECK-NEXT: one
    if 1:
        print("one")
    # CHECK-NEXT: mid called
    # CHECK-NEXT: 5
    if (n := mid(5)) > 4:
        print(n)
