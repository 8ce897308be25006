# RUN: %mojoc run %s | %FileCheck %s
# `finally` runs on every way out of a `try`: the normal end, `return`,
# `break`, `continue`, an error caught by the `except`, and an error that
# propagates out of the function.


fn normal():
    try:
        print("normal body")
    finally:
        print("finally after normal")


fn returning() -> Int:
    try:
        return 1
    finally:
        print("finally after return")


fn caught():
    try:
        raise "x"
    except:
        print("except")
    finally:
        print("finally after except")


fn propagating() raises:
    try:
        raise "escaping"
    finally:
        print("finally before propagating")


fn main():
    # CHECK: normal body
    # CHECK-NEXT: finally after normal
    normal()
    # CHECK-NEXT: finally after return
    # CHECK-NEXT: returned 1
    print("returned", returning())
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 1:
                break
        finally:
            print("finally in iteration", i)
    # CHECK-NEXT: finally in iteration 0
    # CHECK-NEXT: finally in iteration 1
    # CHECK-NOT: iteration 2
    # CHECK-NEXT: except
    # CHECK-NEXT: finally after except
    caught()
    try:
        propagating()
    except e:
        print("then caught:", e)
    # CHECK-NEXT: finally before propagating
    # CHECK-NEXT: then caught: escaping
