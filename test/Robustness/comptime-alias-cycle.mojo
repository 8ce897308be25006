# A cycle through 5,000 aliases is reported once, where it closes.
# RUN: %python %S/Inputs/comptime-alias-chain.py cycle 5000 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s
# CHECK: :1:7: error: `alias A0` is defined in terms of itself
# CHECK-NOT: error:
