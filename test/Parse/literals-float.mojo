# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK: FloatLiteral <4:5, 4:7> 3.5
a = 3.5
# CHECK: FloatLiteral {{.*}} 7.
b = 7.
# CHECK: FloatLiteral {{.*}} 1e-9
c = 1e-9
# CHECK: FloatLiteral {{.*}} 2.5E3
d = 2.5E3
# CHECK:      Member {{.*}} .nan
# CHECK-NEXT:   Name {{.*}} FloatLiteral
e = FloatLiteral.nan
