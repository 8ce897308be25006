# RUN: %python %S/Inputs/list-display-100000.py 100000 > %t.mojo
# RUN: %limit %mojoc run -O0 %t.mojo | %FileCheck %s
# RUN: %python %S/Inputs/list-display-100000.py 30000 > %t3.mojo
# RUN: %limit %mojoc run -O3 %t3.mojo | %FileCheck %s --check-prefix=O3
# A list display of 100,000 elements is one call of `List`'s variadic
# constructor: its elements go to one stack buffer, in time and memory
# linear in their number. LLVM's InstCombine takes time quadratic in the
# addresses computed from one alloca (5 s for 10,000 at -O3), so a buffer
# of more than 1,024 elements is addressed through a laundered pointer
# (emitVariadicList); 30,000 then take about 10 s at -O3, most of it the
# backend's post-RA scheduler, which is quadratic in a block's length:
# the 100,000 run at -O0.
# CHECK: 100000 99999 4999950000
# O3: 30000 29999 449985000
