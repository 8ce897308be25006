# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:
# The file ends in the middle of a function signature: one diagnostic.

# CHECK: {{.*}}eof-errors.mojo:6:15: error: expected `)` to close `(`, found end of file
# CHECK: {{.*}}eof-errors.mojo:6:5: note: `(` opened here
fn f(a: Int, b
