# RUN: %mojoc run %s | %FileCheck %s
# An error raised deep in a chain of raising calls propagates through each
# caller, skipping the rest of each, to the `try` that handles it.


fn level3(n: Int) raises -> Int:
    if n == 0:
        raise "reached zero"
    return n


fn level2(n: Int) raises -> Int:
    var v = level3(n)
    print("level2 got", v)
    return v * 2


fn level1(n: Int) raises -> Int:
    var v = level2(n) + 1
    print("level1 got", v)
    return v


fn main():
    try:
        # CHECK: level2 got 3
        # CHECK-NEXT: level1 got 7
        # CHECK-NEXT: result 7
        print("result", level1(3))
        print("result", level1(0))
    except e:
        # CHECK-NOT: level2 got 0
        # CHECK-NEXT: error: reached zero
        print("error:", e)
