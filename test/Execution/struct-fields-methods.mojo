# RUN: %mojoc run %s | %FileCheck %s
# A plain (not register-passable) struct: `__init__(out self, ...)`, field
# reads and writes, methods taking `self` and `mut self`.

struct Counter:
    var count: Int
    var step: Int

    fn __init__(out self, step: Int):
        self.count = 0
        self.step = step

    fn bump(mut self):
        self.count += self.step

    fn bump_times(mut self, n: Int):
        for _i in range(n):
            self.bump()

    fn value(self) -> Int:
        return self.count

fn main():
    var c = Counter(5)
    c.bump()
    # CHECK: 5
    print(c.value())
    c.bump_times(3)
    # CHECK-NEXT: 20
    print(c.count)
    c.step = -1
    c.bump()
    # CHECK-NEXT: 19 -1
    print(c.count, c.step)
