# RUN: %python %S/Inputs/closure-captures.py 200000 > %t.mojo
# RUN: %limit %mojoc check %t.mojo
# RUN: %python %S/Inputs/closure-captures.py 20000 > %t2.mojo
# RUN: %limit %mojoc run -O0 %t2.mojo | %FileCheck %s
# A closure capturing 200,000 variables, and a sibling closure needing its
# environment: captures are found through a map (in Sema and IRGen), not by
# a scan of the closure's captures per variable, which was quadratic.

# CHECK: 399980000
