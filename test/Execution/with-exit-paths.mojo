# RUN: %mojoc run %s | %FileCheck %s
# `__exit__` runs however the body is left: `return`, `break`, `continue`.


struct Guard:
    var label: Int

    fn __init__(out self, label: Int):
        self.label = label

    fn __enter__(self):
        pass

    fn __exit__(self):
        print("exit", self.label)


fn early(n: Int) -> Int:
    with Guard(n):
        if n > 0:
            return n * 10
        print("fell through")
    return 0


fn main():
    # CHECK: exit 4
    # CHECK-NEXT: returned 40
    print("returned", early(4))
    for i in range(5):
        with Guard(i):
            if i == 1:
                continue
            if i == 2:
                break
            print("iteration", i)
    # CHECK-NEXT: iteration 0
    # CHECK-NEXT: exit 0
    # CHECK-NEXT: exit 1
    # CHECK-NEXT: exit 2
    # CHECK-NOT: exit 3
    # CHECK-NEXT: done
    print("done")
