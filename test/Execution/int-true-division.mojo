# RUN: %mojoc run %s | FileCheck %s
# `Int / Int` is a `Float64`, as Python's `/` (STDLIB_API §5.4): the
# division of the two values as doubles, so dividing by zero is `inf`.


fn main():
    var a = 7
    var zero = 0
    # CHECK: 3.5 -3.5 0.25
    print(a / 2, a / -2, Int(1) / 4)
    # CHECK-NEXT: inf -inf
    print(a / zero, -a / zero)
    var third: Float64 = a / 3
    # CHECK-NEXT: 2.3333333333333335
    print(third)
