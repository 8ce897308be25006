# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      AssignStmt <6:1, 6:5>
# CHECK-NEXT:   target: Name {{.*}} a
# CHECK:      AssignStmt <6:8, 6:12>
a = 1; b = 2;
# CHECK:      ExprStmt
# CHECK:      PassStmt
f(); pass
