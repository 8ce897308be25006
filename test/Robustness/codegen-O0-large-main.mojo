# RUN: %python %S/Inputs/codegen-statements.py 200000 > %t.mojo
# RUN: %limit %mojoc run -O0 %t.mojo | %FileCheck %s
# A 200,000-statement `main` at -O0. The always-inliner copied the stack
# slots of every inlined `Int` method into `main`'s frame, 48 bytes per
# statement, and the 10 MB frame overflowed the stack.

# CHECK: 19999900000
