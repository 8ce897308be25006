# RUN: %not --crash %mojoc run %s > %t.out 2> %t.err
# RUN: %FileCheck %s < %t.out
# RUN: %FileCheck --check-prefix=ERR %s < %t.err
# `os.abort(message)` writes `ABORT: message` to standard error; with a
# result type, the call stands where a value is expected.
import os


fn pick(x: Int) -> Int:
    if x > 0:
        return x
    return os.abort[Int]("no positive value")


fn main():
    # CHECK: 5
    print(pick(5))
    # ERR: ABORT: no positive value
    print(pick(-2))
    # CHECK-NOT: after
    print("after")
