# RUN: %python %S/Inputs/crash-compiler.py %mojoc | %FileCheck %s
# A crash of the compiler itself names the project and asks for a report,
# never with LLVM's own "PLEASE submit a bug report" banner.

# CHECK-NOT: PLEASE submit
# CHECK: mojoc crashed: this is a bug in the compiler, not in your program.
# CHECK-NEXT: Please report it to the mojoc developers
# CHECK-NOT: PLEASE submit
