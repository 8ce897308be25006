# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# A body of only `...` marks a stub.
# CHECK:      FuncDecl {{.*}} fn todo stub
# CHECK-NEXT:   ParamList ()
# CHECK-NEXT:   Block
# CHECK-NEXT:     EllipsisStmt
fn todo(): ...

# CHECK:      FuncDecl {{.*}} fn nothing{{$}}
# CHECK:          PassStmt
# CHECK-NEXT:     EllipsisStmt
fn nothing():
    pass
    ...

# `...` is also an expression.
# CHECK:      AssignStmt
# CHECK-NEXT:   target: Name {{.*}} x
# CHECK-NEXT:   value: Ellipsis
x = ...
