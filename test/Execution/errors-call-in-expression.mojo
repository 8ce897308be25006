# RUN: %mojoc run %s | %FileCheck %s
# A raising call may sit anywhere in an expression: as another call's
# argument, in a condition, in a `var` initializer. The error leaves right
# after that call, so nothing after it in the expression runs.


fn checked(n: Int) raises -> Int:
    if n < 0:
        raise "negative"
    return n


fn show(label: StringLiteral, n: Int) -> Int:
    print(label, n)
    return n


fn main():
    try:
        # CHECK: argument 5
        _ = show("argument", checked(5))
        _ = show("argument", checked(-1))
    except e:
        # CHECK-NEXT: from argument: negative
        print("from argument:", e)
    try:
        if checked(1) == 1 and checked(-2) == 0:
            print("not printed")
    except e:
        # CHECK-NEXT: from condition: negative
        print("from condition:", e)
    try:
        var total = checked(2) + checked(-3) + show("after", 0)
        print("not printed", total)
    except e:
        # CHECK-NEXT: from initializer: negative
        print("from initializer:", e)
    var i = 3
    try:
        while checked(i) > 0:
            i -= 1
            print("loop", i)
    except e:
        print("unreached")
    # CHECK-NEXT: loop 2
    # CHECK-NEXT: loop 1
    # CHECK-NEXT: loop 0
    # CHECK-NOT: unreached
