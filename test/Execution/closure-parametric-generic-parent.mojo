# RUN: %mojoc run %s | %FileCheck %s
# A parametric closure declared in a generic function: each instance of
# the enclosing function has its own closure, over its own variables and
# its own parameter values.

fn twice[f: fn[k: Int]() capturing [_] -> None]():
    f[1]()
    f[2]()


fn scaled[m: Int]() -> Int:
    var acc = 0

    @parameter
    fn add[k: Int]():
        acc += k * m

    add[1]()
    twice[add]()
    return acc


fn main():
    # CHECK: 12 20
    print(scaled[3](), scaled[5]())
