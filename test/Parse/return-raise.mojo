# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

fn f(x: Int) raises -> Int:
    # CHECK:      RaiseStmt
    # CHECK-NEXT:   value: Call
    # CHECK-NEXT:     Name {{.*}} Error
    if x < 0:
        raise Error("negative")
    # CHECK:      RaiseStmt
    # CHECK-NEXT:   value: StringLiteral {{.*}} "m"
    if x == 0:
        raise "m"
    # CHECK:      ReturnStmt
    # CHECK-NEXT:   value: Tuple
    if x == 1:
        return x, x
    # CHECK:      ReturnStmt <{{.*}}>{{$}}
    # CHECK-NEXT: ReturnStmt
    # CHECK-NEXT:   value: Name {{.*}} x
    if x == 2:
        return
    return x
