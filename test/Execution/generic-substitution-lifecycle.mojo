# RUN: %mojoc run %s | %FileCheck %s
# Instances substituted from a generic body copy, move and destroy values
# of the bound type as its lifecycle says: a type with printing lifecycle
# methods shows each one, `Int` shows none.

@value
struct Noisy(CollectionElement):
    var v: Int

    fn __copyinit__(out self, existing: Self):
        self.v = existing.v
        print("copy", self.v)

    fn __moveinit__(out self, owned existing: Self):
        self.v = existing.v
        print("move", self.v)

    fn __del__(owned self):
        print("del", self.v)

fn take[T: CollectionElement](owned x: T) -> T:
    return x^

fn dup[T: CollectionElement](x: T, out result: T):
    result = x

fn assign[T: CollectionElement](mut dst: T, src: T):
    dst = src

fn keep[T: CollectionElement](x: T):
    var a = x
    var b = a^
    _ = b

fn main():
    var n = Noisy(1)
    # CHECK-LABEL: take
    print("take")
    # CHECK-NEXT: copy 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: move 1
    var t = take(n)
    # CHECK-NEXT: dup
    print("dup")
    # CHECK-NEXT: copy 1
    # CHECK-NEXT: del 1
    var d = dup(t)
    # CHECK-NEXT: assign
    print("assign")
    # CHECK-NEXT: copy 5
    # CHECK-NEXT: del 1
    # CHECK-NEXT: del 5
    assign(d, Noisy(5))
    # CHECK-NEXT: keep
    print("keep")
    # `_ = b` copies `b`; then the copy, `b` and (its last use done) `d`
    # end.
    # CHECK-NEXT: copy 5
    # CHECK-NEXT: move 5
    # CHECK-NEXT: copy 5
    # CHECK-NEXT: del 5
    # CHECK-NEXT: del 5
    # CHECK-NEXT: del 5
    keep(d)
    # CHECK-NEXT: 3 4
    print(take(3), dup(4))
