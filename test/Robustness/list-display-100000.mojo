# RUN: %python %S/Inputs/list-display-100000.py 100000 > %t.mojo
# RUN: %limit %mojoc run -O0 %t.mojo | %FileCheck %s
# A list display of 100,000 elements is one call of `List`'s variadic
# constructor: its elements go to one stack buffer, in time and memory
# linear in their number. It runs at -O0 for the reason
# variadic-100000.mojo gives (LLVM's InstCombine is quadratic in the
# stores to one buffer that is read).
# CHECK: 100000 99999 4999950000
