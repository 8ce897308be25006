# Definite initialization over a 40,000-clause `elif` chain whose arms each
# declare a variable: the arms' changes are rolled back and merged, never
# copied, so the check is linear; the read after the chain is reported.
# RUN: %python %S/Inputs/sema-elif-declarations.py 40000 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s --implicit-check-not=error:
# CHECK: :80003:11: error: use of uninitialized variable `v0`
