# IRGen lowers a call's signature, then its operands, which lower the
# signatures of their own callees: the first must stay valid while the
# table of signatures grows (it was read after being freed).
# RUN: %python %S/Inputs/irgen-nested-calls.py 150 > %t.mojo
# RUN: %mojoc run %t.mojo | %FileCheck %s
# CHECK: 150 7
