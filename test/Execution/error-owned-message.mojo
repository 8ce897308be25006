# RUN: %not %mojoc run %s 2>&1 | %FileCheck %s
# An `Error` built from a `String` owns a copy of its message, which lives
# as long as the error: through `raise`, `except`, re-raising and copies.

fn fail(value: Int) raises:
    raise Error("bad value: " + str(value))


fn relay(value: Int) raises:
    try:
        fail(value)
    except e:
        raise e


fn main() raises:
    try:
        fail(42)
    except e:
        # CHECK: bad value: 42
        print(e)
        var copy = e
        # CHECK-NEXT: Error('bad value: 42') True
        print(repr(copy), Bool(copy))
    try:
        relay(7)
    except e:
        # CHECK-NEXT: bad value: 7
        print(e)
    # CHECK-NEXT: literal
    try:
        raise "literal"
    except e:
        print(str(e))
    # CHECK-NEXT: Unhandled exception caught during execution: bad value: 3
    fail(3)
