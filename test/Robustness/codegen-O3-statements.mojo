# RUN: %python %S/Inputs/codegen-statements.py 10000 > %t.mojo
# RUN: %limit %mojoc run -O3 %t.mojo | %FileCheck %s
# 10,000 straight-line statements at -O3, each inlining `Int` methods. MLIR's
# inliner split the block at every call it inlined, moving all the code
# after it: quadratic, 33 s. (bench/compile/statements.py measures growth.)

# CHECK: 49995000
