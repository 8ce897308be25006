# RUN: %mojoc run %s | %FileCheck %s
# `except e` binds the raised `Error`; printing it prints its message, and
# `raise Error("...")` and `raise "..."` raise the same kind of value.


fn main():
    try:
        raise Error("explicit constructor")
    except e:
        # CHECK: caught: explicit constructor
        print("caught:", e)
    try:
        raise "implicit conversion"
    except err:
        # CHECK-NEXT: caught: implicit conversion
        print("caught:", err)
        # CHECK-NEXT: non-empty: True
        print("non-empty:", err.__bool__())
    # CHECK-NEXT: empty: False
    print("empty:", Error().__bool__())
