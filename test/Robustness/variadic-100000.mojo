# RUN: %python %S/Inputs/variadic-100000.py 100000 count > %t.mojo
# RUN: %limit %mojoc run %t.mojo | %FileCheck %s
# RUN: %python %S/Inputs/variadic-100000.py 100000 index > %t1.mojo
# RUN: %limit %mojoc run -O0 %t1.mojo | %FileCheck %s --check-prefix=INDEX
# RUN: %python %S/Inputs/variadic-100000.py 100000 over > %t2.mojo
# RUN: not %limit %mojoc check %t2.mojo 2>&1 | %FileCheck %s --check-prefix=OVER
# 100,000 variadic arguments and parameters, within the limits: a call
# stores its arguments in one stack buffer (one instance of the function
# serves every count) and a run-time index reads it; the parameters are one
# list of constants. The indexed call runs at -O0: at -O3 the backend's
# post-RA scheduler takes time quadratic in a block's length
# (list-display-100000.mojo), a cost only a call of this size meets. Parameters
# indexed at run time pick through a tree of selects, up to 4,096.
# CHECK: 100000
# CHECK-NEXT: 100000
# INDEX: 99999
# OVER: error: not yet implemented: indexing 100000 variadic elements by a run-time value (at most 4096; use a compile-time index)
