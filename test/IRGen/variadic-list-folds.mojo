# RUN: %mojoc build -O3 --emit=llvm %s -o - | %FileCheck %s
# RUN: %mojoc run %s | %FileCheck %s --check-prefix=OUT
# The elements of a variadic call live in a stack buffer of the caller,
# which LLVM promotes once the callee is inlined: a constant index into a
# constant list folds to the element, with no buffer left.

fn second(*values: Int) -> Int:
    return values[1]

fn sum(*values: Int) -> Int:
    var s = 0
    for v in values:
        s += v
    return s

fn picked() -> Int:
    return second(7, 42, 9) + sum(1, -1)

# CHECK-LABEL: define {{.*}}@__mojo_main
# CHECK-NOT: alloca
# CHECK: call {{.*}}print{{.*}}(i64 42)
# CHECK-NEXT: ret i32 0
fn main():
    # OUT: 42
    print(picked())
