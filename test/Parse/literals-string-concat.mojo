# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# Adjacent string literals are one StringLiteral whose range spans all of
# them, also across continuation lines.

# CHECK: StringLiteral <6:11, 7:20> "part one, part two" pieces=2
var msg = "part one, "
          "part two"

# CHECK: StringLiteral <10:5, 10:15> "abc" pieces=3
s = "a" 'b' "c"
