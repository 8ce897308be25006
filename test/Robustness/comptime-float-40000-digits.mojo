# A float literal of 40,000 digits is converted safely (it crashed LLVM's
# decimal conversion), to the nearest double.
# RUN: %python %S/Inputs/comptime-long-literal.py float 40000 > %t.mojo
# RUN: %limit %mojoc run %t.mojo 2>&1 | %FileCheck %s --implicit-check-not=error:
# CHECK: 0.1111111111111111
