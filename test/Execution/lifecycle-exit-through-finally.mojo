# RUN: %mojoc run %s | %FileCheck %s
# A `return`, `break` or `continue` that leaves a `try` runs its `finally`
# first; a value a `finally` uses and the code after the `try` would use is
# destroyed, on that exit only, once the last `finally` it leaves has run.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("init", id)

    fn __del__(owned self):
        print("del", self.id)

fn use(r: Res):
    print("use", r.id)

fn early(flag: Bool) raises -> Int:
    var x = Res(1)
    try:
        if flag:
            return 5
    finally:
        use(x)
    use(x)
    return 0

fn loop() raises:
    var i = 0
    while i < 3:
        i += 1
        var r = Res(10 + i)
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            use(r)
        use(r)
    print("loop done")

fn nested() raises -> Int:
    var a = Res(20)
    try:
        var b = Res(21)
        try:
            return 1
        finally:
            use(b)
        use(b)
    finally:
        use(a)
    use(a)
    return 0

fn main() raises:
    # CHECK: init 1
    # CHECK-NEXT: use 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: early 5
    print("early", early(True))
    # CHECK-NEXT: init 1
    # CHECK-NEXT: use 1
    # CHECK-NEXT: use 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: early 0
    print("early", early(False))
    # CHECK-NEXT: init 11
    # CHECK-NEXT: use 11
    # CHECK-NEXT: del 11
    # CHECK-NEXT: init 12
    # CHECK-NEXT: use 12
    # CHECK-NEXT: del 12
    # CHECK-NEXT: loop done
    loop()
    # CHECK-NEXT: init 20
    # CHECK-NEXT: init 21
    # CHECK-NEXT: use 21
    # CHECK-NEXT: use 20
    # CHECK-NEXT: del 21
    # CHECK-NEXT: del 20
    # CHECK-NEXT: nested 1
    print("nested", nested())
