# RUN: %python %S/Inputs/misspelled_calls.py 60 > %t.mojo
# RUN: %not %limit %mojoc check %t.mojo 2>&1 | %FileCheck %s --check-prefix=DEFAULT
# RUN: %not %limit %mojoc check --error-limit=3 %t.mojo 2>&1 | %FileCheck %s --check-prefix=THREE
# RUN: %not %limit %mojoc check --error-limit=0 %t.mojo 2>&1 | %FileCheck %s --check-prefix=ALL
# RUN: %not %mojoc check --error-limit=many %t.mojo 2>&1 | %FileCheck %s --check-prefix=BAD
# After --error-limit errors (50 by default; 0 is no limit) the rest are
# dropped with one closing error, so a file of mistakes prints bounded output.

# DEFAULT: `functon_49`
# DEFAULT-NEXT: functon_49()
# DEFAULT-NEXT: ^~~
# DEFAULT-NEXT: error: too many errors emitted, stopping now
# DEFAULT-NOT: `functon_50`

# THREE: `functon_2`
# THREE-NOT: `functon_3`
# THREE: error: too many errors emitted, stopping now

# ALL: `functon_59`
# ALL-NOT: too many errors

# BAD: error: `--error-limit` needs a count of errors, not `many`
