# RUN: %mojoc run %s | %FileCheck %s
# The `else` of a `try` runs only when the body finished without raising;
# it is skipped when the body raised or left the loop with `break`.


fn check(fail: Bool) raises:
    if fail:
        raise "failed"


fn attempt(fail: Bool):
    try:
        check(fail)
    except e:
        print("except:", e)
    else:
        print("else")


fn main():
    # CHECK: else
    attempt(False)
    # CHECK-NEXT: except: failed
    # CHECK-NOT: else
    attempt(True)
    for i in range(2):
        try:
            if i == 0:
                break
        except:
            pass
        else:
            print("else after break")
    # CHECK-NOT: else after break
    # CHECK: done
    print("done")
