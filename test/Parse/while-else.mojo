# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      WhileStmt <11:1, 17:8>
# CHECK-NEXT:   cond: Compare {{.*}} '<'
# CHECK:        Block
# CHECK-NEXT:     AugAssignStmt
# CHECK-NEXT:       target: Name {{.*}} i
# CHECK:          IfStmt
# CHECK:        Else
# CHECK-NEXT:     PassStmt <17:5, 17:8>
while i < 10:
    i += 1
    if i == 5:
        break
    continue
else:
    pass
