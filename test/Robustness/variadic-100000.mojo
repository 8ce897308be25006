# RUN: %python %S/Inputs/variadic-100000.py 100000 > %t.mojo
# RUN: %limit %mojoc run %t.mojo | %FileCheck %s
# RUN: %python %S/Inputs/variadic-100000.py 100000 sum > %t1.mojo
# RUN: %limit %mojoc check %t1.mojo
# RUN: %python %S/Inputs/variadic-100000.py 100000 over > %t2.mojo
# RUN: not %limit %mojoc check %t2.mojo 2>&1 | %FileCheck %s --check-prefix=OVER
# 100,000 variadic arguments and parameters: one slot (or value) each, a
# `for` over them unrolled once per element (checked only: LLVM takes its
# time over 100,000 additions), all within the limits; a run-time index
# picks through a select tree, up to 4,096 elements, and past that is an
# error, not minutes of LLVM.
# CHECK: 100000
# CHECK-NEXT: 100000
# CHECK-NEXT: 4095
# OVER: error: not yet implemented: indexing 100000 variadic elements by a run-time value (at most 4096; use a compile-time index)
