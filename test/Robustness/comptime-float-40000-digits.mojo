# A float literal of 40,000 digits is converted safely (it crashed LLVM's
# decimal conversion); the only diagnostic is Sema's about floats.
# RUN: %python %S/Inputs/comptime-long-literal.py float 40000 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s --implicit-check-not=error:
# CHECK: :2:13: error:
