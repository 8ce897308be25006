# A long `elif` chain runs the one clause whose condition holds, and the
# `else` when none does.
# RUN: %python %S/Inputs/parse-elif-chain.py 500 377 > %t.mojo
# RUN: %limit %mojoc run %t.mojo | %FileCheck %s --check-prefix=HIT
# HIT: {{^}}377{{$}}
# RUN: %python %S/Inputs/parse-elif-chain.py 500 900 > %t2.mojo
# RUN: %limit %mojoc run %t2.mojo | %FileCheck %s --check-prefix=MISS
# MISS: {{^}}-1{{$}}
