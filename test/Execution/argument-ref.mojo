# RUN: %mojoc run %s | %FileCheck %s
# A `ref` argument takes its mutability from the argument. Given a mutable
# variable it is a reference to it, like `mut` (`ref x`, `ref [_] x`, and
# `ref [o] x` with an origin parameter, `ref self`); given a temporary or a
# read-only argument it is read, like `read`.

struct Box:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

    fn touch(ref self):
        self.v += 1

    fn get(ref self) -> Int:
        return self.v

fn bump(ref x: Int):
    x += 1

fn bump_any(ref [_] b: Box):
    b.v += 10

fn bump_bound[o: MutableOrigin](ref [o] x: Int):
    x += 100

fn read_through(ref x: Int) -> Int:
    return x * 2

fn pass_read(n: Int) -> Int:
    return read_through(n)

fn main():
    var n = 1
    bump(n)
    # CHECK: 2
    print(n)
    var b = Box(5)
    bump_any(b)
    bump(b.v)
    # CHECK-NEXT: 16
    print(b.v)
    bump_bound(n)
    # CHECK-NEXT: 102
    print(n)
    # CHECK-NEXT: 204 10 14
    print(read_through(n), read_through(5), pass_read(7))
    # A `ref self` receiver: mutable for a variable, read for a temporary.
    b.touch()
    # CHECK-NEXT: 17 3
    print(b.get(), Box(3).get())
