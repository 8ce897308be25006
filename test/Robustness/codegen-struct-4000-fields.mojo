# RUN: %python %S/Inputs/codegen-struct-fields.py 4000 > %t.mojo
# RUN: %limit %mojoc run %t.mojo | %FileCheck %s
# A struct of 4,000 fields. Its constructor returned 4,000 values, one LLVM
# struct built field by field, whose partial values LLVM's IPSCCP tracked
# one lattice each: 31 s and 2.8 GB. Large results now go through memory.

# CHECK: 0 4000
