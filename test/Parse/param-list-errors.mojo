# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

# CHECK: {{.*}}param-list-errors.mojo:4:25: error: `/` appears twice in a parameter list
fn f(a: Int, /, b: Int, /):
    pass
# CHECK: {{.*}}param-list-errors.mojo:7:14: error: `//` is not allowed in a run-time argument list
fn g(a: Int, //):
    pass
# CHECK: {{.*}}param-list-errors.mojo:10:6: error: `**` parameters are not supported in a `[...]` parameter list
fn h[**kw: Int]():
    pass
# CHECK: {{.*}}param-list-errors.mojo:13:6: error: expected a parameter name, found number `1`
fn k(1):
    pass
