# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# `@parameter` on `if` and `for` is a flag of the statement.

fn choose[n: Int]() -> Int:
    # CHECK:      IfStmt {{.*}} parameter
    # CHECK-NEXT:   If
    # CHECK:        Else
    @parameter
    if n > 8:
        return 1
    else:
        return 2

fn shifts[k: Int](x: Int) -> Int:
    var acc = 0
    # CHECK:      ForStmt {{.*}} parameter
    # CHECK-NEXT:   target: Name {{.*}} i
    # CHECK-NEXT:   iterable: Call
    @parameter
    for i in range(k):
        acc += x << i
    # CHECK:      ForStmt <{{.*}}>{{$}}
    for j in range(k):
        acc += j
    return acc
