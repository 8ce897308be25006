# RUN: %mojoc run %s | %FileCheck %s
# A nested function with a compile-time parameter: each `body[w]` is its own
# instance, and all of them capture the enclosing variables by reference.

fn main():
    var total = 0
    var last = -1

    @parameter
    fn body[w: Int](i: Int):
        total += w
        last = i

    body[4](10)
    # CHECK: 4 10
    print(total, last)
    body[3](20)
    body[4](30)
    # CHECK-NEXT: 11 30
    print(total, last)
