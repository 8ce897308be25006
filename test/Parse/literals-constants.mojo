# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      Tuple
# CHECK-NEXT:   BoolLiteral {{.*}} True
# CHECK-NEXT:   BoolLiteral {{.*}} False
# CHECK-NEXT:   NoneLiteral <8:18, 8:21>
# CHECK-NEXT:   Ellipsis <8:24, 8:26>
x = True, False, None, ...
