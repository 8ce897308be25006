# RUN: %mojoc run %s | %FileCheck %s
# `var` is block-scoped: an inner `var` shadows the outer one until its
# block ends, and the outer variable is untouched.

fn main():
    var x = 1
    if True:
        var x = 2
        print(x)
        if True:
            var x = 3
            print(x)
        print(x)
    print(x)
    # CHECK: 2
    # CHECK-NEXT: 3
    # CHECK-NEXT: 2
    # CHECK-NEXT: 1
    for i in range(2):
        var x = i + 100
        print(x)
    # CHECK-NEXT: 100
    # CHECK-NEXT: 101
    print(x)
    # CHECK-NEXT: 1
    var y = 5
    while y > 3:
        var y2 = y * 10
        print(y2)
        y -= 1
    # CHECK-NEXT: 50
    # CHECK-NEXT: 40
    # Assigning without `var` in a block writes the outer variable.
    if True:
        x = 42
    # CHECK-NEXT: 42
    print(x)
