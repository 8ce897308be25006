# `Int //` is one division with no branch, as C's `/` is (it was two
# divisions and a branch around the zero and -1 divisors): one `sdiv` and
# the `srem` of the same operands, which the backend fuses into one
# hardware division. (Some x86 CPUs then add a branch of their own, to a
# faster 32-bit division, as for C.)
# RUN: %limit %mojoc build -O3 --emit=llvm %s -o - | %FileCheck %s
# RUN: %mojoc run %s | %FileCheck %s --check-prefix=OUT
# CHECK-LABEL: define {{.*}}quotient(a: Int, b: Int)
# CHECK-NOT: br
# CHECK: sdiv i64 [[A:%[0-9]+]], [[B:%[0-9]+]]
# CHECK-NEXT: srem i64 [[A]], [[B]]
# CHECK-NOT: {{br |div |rem }}
# CHECK: ret i64


@no_inline
fn quotient(a: Int, b: Int) -> Int:
    return a // b


fn main():
    # Two divisors, so that neither is a constant inside `quotient`.
    # OUT: 3 -3 0 7
    print(quotient(7, 2), quotient(-7, 3), quotient(5, 0), quotient(-7, -1))
