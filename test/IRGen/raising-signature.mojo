# RUN: %mojoc build --emit=mlir %s | %FileCheck %s
# The error ABI: a raising function takes a trailing `!llvm.ptr` (the
# caller's Error slot) and returns a trailing `i1` ("raised"). Each call of
# a raising function tests that flag right after the call (expected false).

# The caller passes its own slot, then branches on the flag: the error edge
# copies the error into the caller's slot and returns raised = true.
# CHECK-LABEL: func.func private @"__main__::caller(n: Int)"
# CHECK-SAME: (%arg0: index, %arg1: !llvm.ptr) -> (index, i1)
# CHECK: %[[SLOT:.*]] = llvm.alloca
# CHECK: %[[R:.*]]:2 = call @"__main__::check(n: Int)"(%arg0, %[[SLOT]]) : (index, !llvm.ptr) -> (index, i1)
# CHECK-NEXT: %false = arith.constant false
# CHECK-NEXT: %[[RAISED:.*]] = llvm.intr.expect %[[R]]#1, %false : i1
# CHECK-NEXT: cf.cond_br %[[RAISED]], ^[[ERR:[^,]*]], ^bb
# CHECK: ^[[ERR]]:
# CHECK: llvm.getelementptr %arg1
# CHECK: return %{{.*}}, %true : index, i1
fn caller(n: Int) raises -> Int:
    return check(n) + 1


# A result returned through memory comes first, the error slot still last.
struct Big:
    var a: Int
    var b: Int
    var c: Int
    var d: Int
    var e: Int
    var f: Int
    var g: Int
    var h: Int
    var i: Int

    fn __init__(out self, v: Int):
        self.a = v
        self.b = v
        self.c = v
        self.d = v
        self.e = v
        self.f = v
        self.g = v
        self.h = v
        self.i = v


# CHECK-LABEL: func.func private @"__main__::make_big(v: Int)"
# CHECK-SAME: (%arg0: !llvm.ptr, %arg1: index, %arg2: !llvm.ptr) -> i1
fn make_big(v: Int) raises -> Big:
    if v == 0:
        raise "zero"
    return Big(v)


# Functions are emitted in the order the program first uses them.
# CHECK-LABEL: func.func private @"__main__::check(n: Int)"
# CHECK-SAME: (%arg0: index, %arg1: !llvm.ptr) -> (index, i1)
# CHECK: ub.poison : index
# CHECK: %true = arith.constant true
# CHECK: return %{{.*}}, %true : index, i1
# CHECK: %false = arith.constant false
# CHECK: return %{{.*}}, %false : index, i1
fn check(n: Int) raises -> Int:
    if n < 0:
        raise "negative"
    return n


# A `main` that raises: the entry point gives it a slot and reports an
# escaping error through the stdlib's hook, exiting with 1.
# CHECK-LABEL: func.func @__mojo_main() -> i32
# CHECK: call @"__main__::main()"(%{{.*}}) : (!llvm.ptr) -> i1
# CHECK: cf.cond_br
# CHECK: call @"builtin.error::__report_unhandled_error
# CHECK: return %{{.*}} : i32
fn main() raises:
    print(caller(1))
    print(make_big(2).i)
