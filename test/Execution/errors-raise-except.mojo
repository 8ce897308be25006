# RUN: %mojoc run %s | %FileCheck %s
# A `raise` in a `try` body jumps to the `except`, skipping the rest of the
# body; after the handler, execution continues after the statement.


fn main():
    try:
        print("before")
        raise "boom"
        print("not printed")
    except:
        print("handled")
    print("after")
    # CHECK: before
    # CHECK-NEXT: handled
    # CHECK-NEXT: after
    # CHECK-NOT: not printed
