# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

fn copy() raises:
    # CHECK:      WithStmt
    # CHECK-NEXT:   WithItem
    # CHECK-NEXT:     Call
    # CHECK-NEXT:       Name {{.*}} open
    # CHECK:          as: Name {{.*}} src
    # CHECK-NEXT:   WithItem
    # CHECK-NEXT:     Call
    # CHECK:          as: Name {{.*}} dst
    # CHECK-NEXT:   Block
    with open("in.txt", "r") as src, open("out.txt", "w") as dst:
        dst.write(src.read())
    # CHECK:      WithStmt
    # CHECK-NEXT:   WithItem
    # CHECK-NEXT:     Name {{.*}} lock
    # CHECK-NEXT:   Block
    with lock:
        pass
