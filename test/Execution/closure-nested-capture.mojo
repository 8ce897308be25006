# RUN: %mojoc run %s | %FileCheck %s
# A nested `fn` sees the enclosing function's variables by reference: what
# it changes is visible after the call, and it sees later changes.

fn counter_demo():
    var count = 0
    fn tick():
        count += 1
    tick()
    tick()
    tick()
    # CHECK: count 3
    print("count", count)
    count = 10
    tick()
    # CHECK-NEXT: count 11
    print("count", count)

fn reads(k: Int) -> Int:
    # An argument is captured like a variable.
    fn scaled(v: Int) -> Int:
        return v * k
    return scaled(2) + scaled(3)

fn nested_twice():
    var n = 1
    fn outer() -> Int:
        # Captures `n` through `outer`.
        fn inner() -> Int:
            n += 1
            return n
        return inner() * 10 + inner()
    # CHECK-NEXT: 23 3
    print(outer(), n)
    fn sibling() -> Int:
        # Calls `outer`, so it needs what `outer` captures.
        return outer() + 1
    # CHECK-NEXT: 46 5
    print(sibling(), n)

fn in_loop():
    var total = 0
    for i in range(4):
        fn add_i():
            total += i
        add_i()
        add_i()
    # CHECK-NEXT: total 12
    print("total", total)

fn no_capture() -> Int:
    fn helper(x: Int) -> Int:
        return x + 1
    return helper(helper(1))

fn main():
    counter_demo()
    nested_twice()
    in_loop()
    # CHECK-NEXT: 35
    print(reads(7))
    # CHECK-NEXT: 3
    print(no_capture())
