# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# A deeper-indented line continues the statement, so a chain may start
# with `.` on the next line.

# CHECK:      VarStmt <9:1, 10:21>
# CHECK:        init: Call <9:9, 10:21>
# CHECK-NEXT:     Member <9:9, 10:11> .join
# CHECK-NEXT:       Call <9:9, 9:19>
var s = String(",")
      .join("a", "b")
