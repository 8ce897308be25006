# RUN: %mojoc build -O0 --emit=mlir %s -o - | %FileCheck %s
# One instance of a function with `*values: Int` serves every number of
# elements: each call passes the caller's buffer and the count, and the
# instance's signature is the list's two leaves.

fn count(*values: Int) -> Int:
    return len(values)

# CHECK-COUNT-3: call @"__main__::count(values: VariadicList[Int])"(%{{.*}}, %{{.*}}) : (!llvm.ptr, index) -> index
# CHECK-NOT: func.func private @"__main__::count
# CHECK: func.func private @"__main__::count(values: VariadicList[Int])"(%arg0: !llvm.ptr, %arg1: index) -> index
# CHECK-NOT: func.func private @"__main__::count
fn main():
    print(count(), count(1), count(1, 2, 3))
