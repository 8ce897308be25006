# RUN: %python %S/Inputs/variadic-list-10000.py > %t.mojo
# RUN: %mojoc run %t.mojo | %FileCheck %s
# A run-time index into 10,000 variadic arguments reads the caller's
# buffer: there is no limit on the count a run-time index may reach.
# 0 + 9999 + 5000, then the count:
# CHECK: 1499910000
