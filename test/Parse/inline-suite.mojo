# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# A suite can be simple statements on the header's line, `;`-separated.

# CHECK:      IfStmt
# CHECK-NEXT:   If
# CHECK-NEXT:     cond: Name {{.*}} x
# CHECK-NEXT:     Block
# CHECK-NEXT:       ExprStmt
# CHECK:            AssignStmt
# CHECK:        Else
# CHECK-NEXT:     PassStmt
if x: f(); y = 1
else: pass

# CHECK:      FuncDecl {{.*}} fn area
# CHECK:        Block
# CHECK-NEXT:     ReturnStmt
fn area(self) -> Float64: return 6 * self.side * self.side
