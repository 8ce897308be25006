# A 40,000-clause `elif` chain is parsed and checked in linear time without
# recursion; the error in the final `else` shows the whole chain was checked.
# RUN: %python %S/Inputs/parse-elif-chain.py 40000 7 "print(missing)" > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s --implicit-check-not=error:
# CHECK: :80004:15: error: use of undeclared name `missing`
