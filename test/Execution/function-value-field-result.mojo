# RUN: %mojoc run %s | %FileCheck %s
# Non-capturing function values held where other values are: a struct's
# field (assigned and reassigned), a function's result, and a tuple's
# elements; each is called indirectly.

fn double(x: Int) -> Int:
    return x * 2


fn inc(x: Int) -> Int:
    return x + 1


@value
struct Op:
    var f: fn (Int) -> Int
    var times: Int

    fn run(self, x: Int) -> Int:
        var v = x
        for _ in range(self.times):
            v = self.f(v)
        return v


fn choose(doubling: Bool) -> fn (Int) -> Int:
    if doubling:
        return double
    return inc


fn main():
    var op = Op(double, 3)
    # CHECK: 8 7
    print(op.run(1), Op(inc, 3).run(4))
    op.f = choose(False)
    # CHECK-NEXT: 4
    print(op.run(1))
    # CHECK-NEXT: 10 6
    print(choose(True)(5), choose(False)(5))
    var table = (double, inc, choose(True))
    # CHECK-NEXT: 2 2 6
    print(table[0](1), table[1](1), table[2](3))
