# RUN: %python %S/Inputs/variadic-100000.py 100000 > %t.mojo
# RUN: %limit %mojoc run %t.mojo | %FileCheck %s
# 100,000 variadic arguments and parameters: one slot (or value) each, the
# `for` unrolled once per element, all within the limits.
# CHECK: 100000
# CHECK-NEXT: 100000
