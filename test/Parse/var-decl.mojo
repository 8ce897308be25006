# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# Each name of a `var` statement is a VarDecl; the initializer belongs to
# the statement.

fn demo(flag: Bool):
    # CHECK:      VarStmt
    # CHECK-NEXT:   VarDecl {{.*}} a{{$}}
    # CHECK-NEXT:   init: IntegerLiteral {{.*}} 3
    var a = 3
    # CHECK:      VarStmt
    # CHECK-NEXT:   VarDecl {{.*}} b{{$}}
    # CHECK-NEXT:     type: Name {{.*}} Float64
    # CHECK-NEXT:   init: IntegerLiteral {{.*}} 2
    var b: Float64 = 2
    # Late initialization: no initializer.
    # CHECK:      VarStmt
    # CHECK-NEXT:   VarDecl {{.*}} c{{$}}
    # CHECK-NEXT:     type: Name {{.*}} String
    # CHECK-NEXT: AssignStmt
    var c: String
    c = "y" if flag else "n"
    # Several names share one initializer.
    # CHECK:      VarStmt
    # CHECK-NEXT:   VarDecl {{.*}} q
    # CHECK-NEXT:   VarDecl {{.*}} r
    # CHECK-NEXT:   init: Call
    var q, r = divmod(17, 5)
    # A tuple value needs no parentheses.
    # CHECK:      VarStmt
    # CHECK-NEXT:   VarDecl {{.*}} t
    # CHECK-NEXT:   init: Tuple
    var t = 2, 3
