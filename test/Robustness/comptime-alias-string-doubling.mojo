# Doubling a string alias 40 times would need 4 TiB; the string size budget
# stops it at the first string over 16 MiB, with one diagnostic.
# RUN: %python %S/Inputs/comptime-alias-chain.py string 40 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s --implicit-check-not=error:
# CHECK: :24:13: error: compile-time string value exceeds the size limit of 16777216 bytes
# CHECK-NEXT: alias S23 = S22 + S22
