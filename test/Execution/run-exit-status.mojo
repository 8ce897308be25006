# RUN: %not %mojoc run %s | %FileCheck %s
# `mojoc run` exits with the program's own status. The program calls the
# runtime's `mojo_rt_exit(3)` directly (there is no `sys.exit` yet); the
# output printed before it is flushed and nothing after it runs.

fn main():
    # CHECK: before exit
    print("before exit")
    __mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_exit`](Int(3).value)
    # CHECK-NOT: after exit
    print("after exit")
