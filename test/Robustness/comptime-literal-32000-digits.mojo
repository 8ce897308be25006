# An integer literal over the value size budget is an error found from its
# digit count, at once (it took 42 s to parse); one just under is exact.
# RUN: %python %S/Inputs/comptime-long-literal.py int 32000 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s --implicit-check-not=error:
# CHECK: :1:11: error: integer literal exceeds the size limit of 65536 bits
# RUN: %python %S/Inputs/comptime-long-literal.py int 19700 > %t2.mojo
# RUN: %limit %mojoc check %t2.mojo
