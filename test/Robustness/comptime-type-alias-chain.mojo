# 8,000 type aliases, each naming the next, are followed without recursion.
# RUN: %python %S/Inputs/comptime-alias-chain.py type 8000 > %t.mojo
# RUN: %limit %mojoc run %t.mojo | %FileCheck %s
# CHECK: 42
