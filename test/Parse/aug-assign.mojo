# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      AugAssignStmt {{.*}} '+='
# CHECK-NEXT:   target: Name {{.*}} x
# CHECK-NEXT:   value: IntegerLiteral {{.*}} 1
x += 1
# CHECK: AugAssignStmt {{.*}} '-='
x -= 1
# CHECK: AugAssignStmt {{.*}} '*='
x *= 2
# CHECK: AugAssignStmt {{.*}} '/='
x /= 2
# CHECK: AugAssignStmt {{.*}} '//='
x //= 2
# CHECK: AugAssignStmt {{.*}} '%='
x %= 2
# CHECK: AugAssignStmt {{.*}} '**='
x **= 2
# CHECK: AugAssignStmt {{.*}} '@='
x @= m
# CHECK: AugAssignStmt {{.*}} '<<='
x <<= 1
# CHECK: AugAssignStmt {{.*}} '>>='
x >>= 1
# CHECK: AugAssignStmt {{.*}} '&='
x &= 1
# CHECK: AugAssignStmt {{.*}} '|='
x |= 1
# CHECK: AugAssignStmt {{.*}} '^='
x ^= 1
# CHECK:      AugAssignStmt {{.*}} '+='
# CHECK-NEXT:   target: Subscript
p[i] += 1
