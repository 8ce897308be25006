# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

fn demo(c: String) -> Int:
    var total = 0
    # CHECK:      IfStmt
    # CHECK-NEXT:   If
    # CHECK-NEXT:     cond: Compare {{.*}} '>'
    # CHECK-NEXT:       Walrus {{.*}} n
    # CHECK-NEXT:         Call
    if (n := len(c)) > 0:
        total += n
    # A walrus needs no parentheses in a condition.
    # CHECK:      WhileStmt
    # CHECK-NEXT:   cond: Walrus {{.*}} line
    while line := next_line():
        pass
    return total
