# RUN: %mojoc run %s | FileCheck %s
# A variable passed by reference (here as the receiver) is used until the
# call returns, so it outlives the arguments evaluated after it: in
# `s.m(get(s))` the last read of `s` is in `get(s)`, but `s` dies after
# `m`. It was destroyed before the call.

struct S:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

    fn __del__(owned self):
        print("del")

    fn m(mut self, x: Int) -> Int:
        print("m")
        return self.v + x

    fn r(self, x: Int) -> Int:
        print("r")
        return self.v + x


fn get(s: S) -> Int:
    return s.v


fn main():
    var s = S(1)
    # CHECK: m
    # CHECK-NEXT: del
    # CHECK-NEXT: 2
    print(s.m(get(s)))
    var t = S(2)
    # CHECK-NEXT: r
    # CHECK-NEXT: del
    # CHECK-NEXT: 4
    print(t.r(get(t)))
