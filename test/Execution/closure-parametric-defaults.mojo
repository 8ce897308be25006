# RUN: %mojoc run %s | %FileCheck %s
# Parameters of a nested function may have defaults: `scale()` and
# `scale[]()` use them, `scale[k=5]()` gives one by keyword, and a default
# may use an earlier parameter.

fn main():
    var total = 0

    @parameter
    fn scale[k: Int = 3, twice: Int = k * 2]():
        total = total * 100 + k * 10 + twice

    scale()
    # CHECK: 36
    print(total)
    scale[]()
    scale[k=1]()
    scale[2, 1]()
    # CHECK-NEXT: 36361221
    print(total)
