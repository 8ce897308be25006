# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

# CHECK: {{.*}}decorator-errors.mojo:4:2: error: expected a decorator name after `@`, found end of line
@
fn f():
    # CHECK: {{.*}}decorator-errors.mojo:7:5: error: `@always_inline` cannot decorate `if`; only `@parameter` can
    @always_inline
    if True:
        pass
    # CHECK: {{.*}}decorator-errors.mojo:12:5: error: expected `fn`, `def`, `struct`, `trait`, `if` or `for` after a decorator, found identifier `x`
    @parameter
    x = 1
    pass
