# RUN: %mojoc build --emit=mlir %s | %FileCheck %s
# An `owned` argument of a memory type is the address of a value the callee
# now owns: without `^` the caller copies into a fresh slot with
# `__copyinit__`; with `^`, `__moveinit__` builds it.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

fn take(owned r: Res):
    pass

# CHECK-LABEL: func.func private @"__main__::main()"
# CHECK: call @"__main__::Res.__init__(id: Int)"(%[[R:.*]], %{{.*}})
# CHECK-NEXT: call @"__main__::Res.__copyinit__(existing: Res)"(%[[COPY:.*]], %[[R]])
# CHECK-NEXT: call @"__main__::take(owned r: Res)"(%[[COPY]])
# CHECK-NEXT: call @"__main__::Res.__moveinit__(owned existing: Res)"(%[[MOVED:.*]], %[[R]])
# CHECK-NEXT: call @"__main__::take(owned r: Res)"(%[[MOVED]])
fn main():
    var r = Res(1)
    take(r)
    take(r^)
