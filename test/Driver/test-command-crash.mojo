# RUN: %not %mojoc test -O0 %s | %FileCheck %s
# A test that crashes fails alone, reported with its signal; the next test
# runs. (-O0: at -O3 the store to null is undefined behaviour LLVM may
# remove.)
from memory import UnsafePointer


# CHECK: FAIL: {{.*}}test-command-crash.mojo::test_null_store
# CHECK-NEXT:     fatal error: segmentation fault (SIGSEGV){{.*}}
# CHECK-NEXT:     (killed by signal 11 ({{.*}}))
fn test_null_store():
    var p = UnsafePointer[Int]()
    p[] = 3


# CHECK-NEXT: PASS: {{.*}}test-command-crash.mojo::test_after_the_crash
fn test_after_the_crash():
    pass


# CHECK-NEXT: 1 passed, 1 failed
