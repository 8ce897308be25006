# Default values that call functions with default values nest their checks;
# 10,000 levels stop at the nesting budget, reported once, instead of
# overflowing the stack. 200 levels are fine.
# RUN: %python %S/Inputs/sema-default-arg-chain.py 10000 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s --implicit-check-not=error:
# CHECK: :769:18: error: default values nest more than 256 levels deep here
# RUN: %python %S/Inputs/sema-default-arg-chain.py 200 > %t2.mojo
# RUN: %limit %mojoc check %t2.mojo
