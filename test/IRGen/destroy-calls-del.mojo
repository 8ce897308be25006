# RUN: %mojoc build --emit=mlir %s | %FileCheck %s
# Destroying a value calls its `__del__` with the value's address, then
# destroys its fields; fields of trivial types need nothing.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        print("del", self.id)

@value
struct Two:
    var first: Res
    var count: Int
    var second: Res

# CHECK-LABEL: func.func private @"__main__::main()"
# CHECK: %[[TWO:.*]] = llvm.alloca {{.*}} x !llvm.struct<(i64, i64, i64)>
# CHECK: %[[FIRST:.*]] = llvm.getelementptr %[[TWO]][0, 0]
# CHECK-NEXT: call @"__main__::Res.__del__(owned self: Res)"(%[[FIRST]])
# CHECK-NEXT: %[[SECOND:.*]] = llvm.getelementptr %[[TWO]][0, 2]
# CHECK-NEXT: call @"__main__::Res.__del__(owned self: Res)"(%[[SECOND]])
# CHECK-NOT: Res.__del__
# CHECK: return
fn main():
    var two = Two(Res(1), 2, Res(3))
    print(two.count)
