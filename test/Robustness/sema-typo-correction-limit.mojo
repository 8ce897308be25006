# RUN: %python %S/Inputs/misspelled_calls.py 60 > %t.mojo
# RUN: %not %limit %mojoc check --error-limit=0 %t.mojo 2>&1 | %FileCheck %s
# Each "did you mean" search scans every name in scope, so, as clang does
# (`-fspell-checking-limit`), a compilation makes at most 50: a file full
# of mistakes still checks in linear time. Later mistakes are reported
# without a suggestion.

# CHECK-COUNT-50: error: use of undeclared name `functon_{{[0-9]+}}`; did you mean `function_{{[0-9]+}}`?
# CHECK-NOT: did you mean
# CHECK: error: use of undeclared name `functon_50`{{$}}
# CHECK-NOT: did you mean
