# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

fn f() raises:
    # CHECK:      TryStmt
    # CHECK-NEXT:   Block
    # CHECK-NEXT:     ExprStmt
    # CHECK:        Except {{.*}} e
    # CHECK-NEXT:     Block
    # CHECK-NEXT:       ExprStmt
    # CHECK:        Else
    # CHECK-NEXT:     PassStmt
    # CHECK-NEXT:   Finally
    # CHECK-NEXT:     ExprStmt
    try:
        risky()
    except e:
        print(e)
    else:
        pass
    finally:
        cleanup()
    # A bare `except:` and a bare `raise` (re-raise).
    # CHECK:      TryStmt
    # CHECK:        Except <{{.*}}>{{$}}
    # CHECK-NEXT:     Block
    # CHECK-NEXT:       RaiseStmt <{{.*}}>{{$}}
    try:
        risky()
    except:
        raise
    # `try` with only `finally`.
    # CHECK:      TryStmt
    # CHECK-NOT:    Except
    # CHECK:        Finally
    try:
        risky()
    finally:
        cleanup()
