# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

fn f() raises:
    try:
        g()
    # CHECK: {{.*}}except-errors.mojo:7:23: error: `except` takes only a variable name; typed `except` clauses do not exist in Mojo
    except ValueError as e:
        pass
    # CHECK: {{.*}}except-errors.mojo:10:5: error: a `try` has at most one `except` clause; it catches every `Error`
    except:
        pass
    # CHECK: {{.*}}except-errors.mojo:13:5: error: `try` requires an `except` or a `finally` clause
    try:
        g()
    h()
