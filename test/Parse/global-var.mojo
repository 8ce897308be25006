# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# Module scope holds declarations, global `var`s, and any other statement
# (the checker, not the parser, rejects top-level code).

# CHECK:      VarStmt
# CHECK-NEXT:   VarDecl {{.*}} counter
# CHECK-NEXT:     type: Name {{.*}} Int
# CHECK-NEXT:   init: IntegerLiteral {{.*}} 0
var counter: Int = 0

# CHECK: ExprStmt
print("top-level")

# CHECK: ForStmt
for i in range(3):
    counter += i
