# RUN: %mojoc build --emit=mlir %s | %FileCheck %s
# A tuple of register types travels as its elements' leaves; a tuple with
# an element held in memory is held in memory and passed by address.

struct Big:
    var a: Int

    fn __init__(out self, a: Int):
        self.a = a


# CHECK-LABEL: func.func private @"__main__::main()"
# CHECK: call @"__main__::regs(t: Tuple[Int, Bool])"(%{{.*}}, %{{.*}}) : (index, i1) -> (index, i1)
# CHECK: call @"__main__::mem(t: Tuple[Big, Int])"(%{{.*}}) : (!llvm.ptr) -> index
fn main():
    var r = regs((1, True))
    print(r[0], mem((Big(2), 3)))


# CHECK-LABEL: func.func private @"__main__::regs(t: Tuple[Int, Bool])"(%arg0: index, %arg1: i1) -> (index, i1)
fn regs(t: (Int, Bool)) -> (Int, Bool):
    return t[0] + 1, t[1]


# CHECK-LABEL: func.func private @"__main__::mem(t: Tuple[Big, Int])"(%arg0: !llvm.ptr) -> index
fn mem(t: Tuple[Big, Int]) -> Int:
    return t[0].a + t[1]
