# RUN: %mojoc run %s | %FileCheck %s
# Raising function values: called through a value, as a parameter, and as a
# capturing closure; the error reaches the caller's `except`.

fn checked_triple(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative")
    return x * 3

fn call_value(f: fn(Int) raises -> Int, x: Int) raises -> Int:
    return f(x)

fn call_param[f: fn(Int) raises -> Int](x: Int) raises -> Int:
    return f(x)

fn call_capturing(f: fn(Int) raises capturing -> Int, x: Int) raises -> Int:
    return f(x)

fn main():
    try:
        # CHECK: 6
        print(call_value(checked_triple, 2))
        # CHECK-NEXT: 9
        print(call_param[checked_triple](3))
        # CHECK-NEXT: 12
        print(call_capturing(checked_triple, 4))
        print(call_value(checked_triple, -1))
        print("not reached")
    except e:
        # CHECK-NEXT: caught negative
        print("caught", e)
    var limit = 5
    fn at_most(x: Int) raises -> Int:
        if x > limit:
            raise Error("too big")
        return x
    try:
        # CHECK-NEXT: 2
        print(call_capturing(at_most, 2))
        print(call_capturing(at_most, 100))
        print("not reached")
    except e:
        # CHECK-NEXT: caught too big
        print("caught", e)
