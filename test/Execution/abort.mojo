# RUN: %not --crash %mojoc run %s > %t.out 2> %t.err
# RUN: %FileCheck %s < %t.out
# RUN: %FileCheck --check-prefix=ERR %s < %t.err
# `abort()` is a builtin (`os.abort` too): output written before it is
# flushed, and the process dies with SIGABRT.


fn main():
    # CHECK: before abort
    print("before abort")
    abort()
    # CHECK-NOT: after
    print("after")

# ERR-NOT: ABORT
