# Squaring an alias 25 times would build a 33-million-bit integer; the value
# size budget stops it at the first square over 64 Ki bits.
# RUN: %python %S/Inputs/comptime-alias-chain.py square 26 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s
# CHECK: :17:13: error: compile-time integer value exceeds the size limit of 65536 bits
# CHECK-NEXT: alias A16 = A15 * A15
# CHECK-NOT: error:
