# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# Keyword arguments print with their keyword as a prefix.

# CHECK:      Call <9:1, 10:7>
# CHECK-NEXT:   Name {{.*}} print
# CHECK-NEXT:   Name {{.*}} a
# CHECK-NEXT:   sep= StringLiteral {{.*}} ", "
# CHECK-NEXT:   end= StringLiteral {{.*}} ""
print(a, sep=", ", end="",
      )
# CHECK:      Call
# CHECK-NEXT:   Call
# CHECK-NEXT:     Name {{.*}} f
# CHECK-NEXT:   Name {{.*}} x
f()(x)
# CHECK:      Call
# CHECK-NEXT:   Member {{.*}} .append
# CHECK-NEXT:     Name {{.*}} l
l.append(List[Int](capacity=n))
