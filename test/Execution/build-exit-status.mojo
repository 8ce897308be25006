# RUN: %mojoc build %s -o %t
# RUN: %not %t | %FileCheck %s
# A built executable exits with the status passed to the runtime's
# `mojo_rt_exit`, after flushing what it printed.

fn main():
    # CHECK: exiting
    print("exiting")
    __mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_exit`](Int(7).value)
    # CHECK-NOT: unreachable
    print("unreachable")
