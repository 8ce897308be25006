# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

fn f():
    # CHECK: {{.*}}global-del-errors.mojo:5:5: error: `global` is not supported; `global`/`nonlocal`/`del` do not exist in Mojo
    global counter
    # CHECK: {{.*}}global-del-errors.mojo:7:5: error: `nonlocal` is not supported; `global`/`nonlocal`/`del` do not exist in Mojo
    nonlocal total
    # CHECK: {{.*}}global-del-errors.mojo:9:5: error: `del` is not supported; `global`/`nonlocal`/`del` do not exist in Mojo
    del items[0]
