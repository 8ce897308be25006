# RUN: %not %mojoc test %S/Inputs/test-dir 2>%t.err | %FileCheck %s
# RUN: %FileCheck --check-prefix=DIAG %s < %t.err
# A directory is searched, recursively and in sorted order, for files named
# `test_*.mojo`; a file that does not compile prints its diagnostics and
# counts as one failure. Other files (helper.mojo) are not run.

# CHECK: FAIL: {{.*}}test-dir{{/|\\}}nested{{/|\\}}test_broken.mojo (does not compile)
# CHECK-NEXT: PASS: {{.*}}nested{{/|\\}}test_deeper.mojo::test_deep
# CHECK-NEXT: PASS: {{.*}}test-dir{{/|\\}}test_one.mojo::test_first
# CHECK-NEXT: PASS: {{.*}}test-dir{{/|\\}}test_one.mojo::test_second
# CHECK-NEXT: 3 passed, 1 failed
# CHECK-NOT: helper

# DIAG: test_broken.mojo:4:18: error: cannot implicitly convert `StringLiteral` value to `Int`
