# RUN: %mojoc run %s | %FileCheck %s
# A manager with `__exit__(self, e: Error) raises -> Bool` sees an error
# raised in the body: returning True suppresses it, False lets it go on,
# and raising replaces it. Without an error the plain `__exit__` runs.


struct Handler:
    var suppress: Bool
    var replace: Bool

    fn __init__(out self, suppress: Bool, replace: Bool = False):
        self.suppress = suppress
        self.replace = replace

    fn __enter__(self):
        pass

    fn __exit__(self):
        print("plain exit")

    fn __exit__(self, e: Error) raises -> Bool:
        print("exit with error:", e)
        if self.replace:
            raise "replaced"
        return self.suppress


fn run(suppress: Bool, replace: Bool = False) raises:
    with Handler(suppress, replace):
        raise "body failed"
    print("after with")


fn main() raises:
    # CHECK: exit with error: body failed
    # CHECK-NEXT: after with
    run(True)
    try:
        run(False)
    except e:
        print("propagated:", e)
    # CHECK-NEXT: exit with error: body failed
    # CHECK-NEXT: propagated: body failed
    try:
        run(False, True)
    except e:
        print("propagated:", e)
    # CHECK-NEXT: exit with error: body failed
    # CHECK-NEXT: propagated: replaced
    with Handler(False):
        print("no error")
    # CHECK-NEXT: no error
    # CHECK-NEXT: plain exit
