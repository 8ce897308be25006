# RUN: %mojoc run %s | %FileCheck %s
# An `owned` argument is the callee's own value: changing it leaves the
# caller's variable as it was. So does a `def`'s argument, a private copy.

@value
struct Box:
    var v: Int

    fn __init__(out self, v: Int):
        self.v = v

fn consume(owned b: Box, owned n: Int) -> Int:
    b.v += 100
    n = n * 3
    return b.v + n

def tweak(b: Box) -> Int:
    b.v = -1
    return b.v

def main():
    var b = Box(1)
    var n = 2
    # CHECK: 107
    print(consume(b, n))
    # CHECK-NEXT: 1 2
    print(b.v, n)
    # CHECK-NEXT: -1
    print(tweak(b))
    # CHECK-NEXT: 1
    print(b.v)
