# RUN: %mojoc run %s | %FileCheck %s
# An error goes to the innermost enclosing `except`; one raised inside an
# `except` (or after an inner `try` ended) goes to the outer one.


fn main():
    try:
        try:
            raise "inner"
        except e:
            # CHECK: inner caught: inner
            print("inner caught:", e)
            raise "from handler"
    except e:
        # CHECK-NEXT: outer caught: from handler
        print("outer caught:", e)
    try:
        try:
            print("no error inside")
        except:
            print("not printed")
        raise "after inner try"
    except e:
        print("outer caught:", e)
    # CHECK-NEXT: no error inside
    # CHECK-NEXT: outer caught: after inner try
    # CHECK-NOT: not printed
