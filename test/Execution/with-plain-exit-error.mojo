# RUN: %mojoc run %s | %FileCheck %s
# With only the plain `__exit__`, an error raised in the body still runs
# `__exit__`, then propagates to the enclosing handler.


struct Lock:
    fn __init__(out self):
        pass

    fn __enter__(self):
        print("acquired")

    fn __exit__(self):
        print("released")


fn critical() raises:
    with Lock():
        raise "failure inside"
    print("not printed")


fn main():
    try:
        critical()
    except e:
        print("caught", e)
    # CHECK: acquired
    # CHECK-NEXT: released
    # CHECK-NEXT: caught failure inside
