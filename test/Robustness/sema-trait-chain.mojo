# 10,000 traits each inheriting the previous: a struct conforming to the
# last, and a generic body checked against it, cost time linear in the
# requirements (no recursion over the chain, each trait visited once).
# RUN: %python %S/Inputs/sema-trait-chain.py 10000 > %t.mojo
# RUN: %limit %mojoc run %t.mojo | %FileCheck %s
# CHECK: 9999
