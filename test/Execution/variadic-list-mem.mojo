# RUN: %mojoc run %s | %FileCheck %s
# Variadic arguments of a type with a destructor travel as a
# `VariadicListMem`: a read element is the caller's own value (no copy),
# which the caller destroys after the call; an `owned` element belongs to
# the callee, which destroys those it did not move out when the list dies.

struct Noisy:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 100
        print("copy", existing.id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        print("del", self.id)

fn show(*values: Noisy):
    print("show", len(values))
    for i in range(len(values)):
        print(" at", i, values[i].id)
    for v in values:
        print(" each", v[].id)

fn keep_second(owned *values: Noisy) -> Noisy:
    print("keep", len(values))
    var second = values.take(1)
    print("taken", second.id)
    return second^

fn consume(owned *values: Noisy):
    var n = len(values)
    print("consume", n)
    _ = values^
    print("consumed")

fn main():
    var a = Noisy(1)
    var b = Noisy(2)
    # Read: `a` and `b` are read in place; the temporary `Noisy(3)` dies
    # after the call.
    # CHECK: show 3
    # CHECK-NEXT: at 0 1
    # CHECK-NEXT: at 1 2
    # CHECK-NEXT: at 2 3
    # CHECK-NEXT: each 1
    # CHECK-NEXT: each 2
    # CHECK-NEXT: each 3
    # CHECK-NEXT: del 3
    show(a, b, Noisy(3))
    # Owned: `a` is copied, `b` moved; the callee moves the second out and
    # destroys the others when the list dies.
    # The list dies after its last use, `take`, as any value does.
    # CHECK-NEXT: copy 1
    # CHECK-NEXT: keep 3
    # CHECK-NEXT: del 101
    # CHECK-NEXT: del 4
    # CHECK-NEXT: taken 2
    # CHECK-NEXT: kept 2
    var kept = keep_second(a, b^, Noisy(4))
    print("kept", kept.id)
    # CHECK-NEXT: del 2
    # CHECK-NEXT: consume 2
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 5
    # CHECK-NEXT: consumed
    # CHECK-NEXT: end
    consume(a^, Noisy(5))
    print("end")
