# RUN: %mojoc build --emit=mlir %s | %FileCheck %s
# A `finally` is emitted once per way out of its `try`: here the normal end,
# the `return`, and one landing block that every error edge shares, however
# many raising calls the body makes.


fn step(n: Int) raises -> Int:
    if n < 0:
        raise "negative"
    return n


@no_inline
fn cleanup():
    print("cleanup")


# CHECK-LABEL: func.func private @"__main__::work(n: Int)"
# CHECK-COUNT-3: call @"__main__::cleanup()"
# CHECK-NOT: call @"__main__::cleanup()"
# CHECK: func.func
fn work(n: Int) raises -> Int:
    try:
        _ = step(n)
        _ = step(n + 1)
        _ = step(n + 2)
        if n == 7:
            return 7
    finally:
        cleanup()
    return 0


fn main() raises:
    print(work(1))
