# RUN: %mojoc build -O0 --emit=mlir %s | %FileCheck %s
# A function instance's symbol is its module, name, compile-time parameter
# values and signature, never a creation-order counter: the same instance
# has the same name in every compilation.

# CHECK-DAG: func.func private @"__main__::main()"()
# CHECK-DAG: func.func private @"__main__::twice(x: Int)"(
# CHECK-DAG: func.func private @"__main__::twice(x: Bool)"(
# CHECK-DAG: func.func private @"__main__::scaled[3](x: Int)"(
# CHECK-DAG: func.func private @"__main__::scaled[5](x: Int)"(
# CHECK-DAG: func.func private @"__main__::bump(mut x: Int)"(
# CHECK-DAG: func.func private @"__main__::Counter.add(mut self: Counter, n: Int)"(
# CHECK-DAG: func.func private @"builtin.int::Int.__add__(self: Int, rhs: Int)"(
# CHECK-DAG: func.func private @"builtin.io::print[Int, Int](values: Int, values: Int, sep: StringSlice[False, _], end: StringSlice[False, _], flush: Bool, owned file: FileDescriptor)"(
# CHECK-NOT: func.func {{.*}}#

fn twice(x: Int) -> Int:
    return x + x

fn twice(x: Bool) -> Bool:
    return x

fn scaled[factor: Int](x: Int) -> Int:
    return x * factor

fn bump(mut x: Int):
    x += 1

@value
struct Counter:
    var total: Int

    fn add(mut self, n: Int):
        self.total += n

fn main():
    var c = Counter(0)
    c.add(twice(2))
    var y = scaled[3](1) + scaled[5](1)
    bump(y)
    print(c.total, y)
    print(twice(True))
