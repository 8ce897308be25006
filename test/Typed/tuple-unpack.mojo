# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# `a, b = b, a` builds the whole right side first (copies of both, each
# old value dying after its copy), then moves each element out of it; an
# element is a field of the tuple (`t[1]`), assignable in place.

@value
struct R:
    var x: Int

    fn __del__(owned self):
        pass


fn main():
    var a = R(1)
    var b = R(2)
    # CHECK: var $0: Tuple[R, R] = tuple(cleanup(copy(b); destroy b), cleanup(copy(a); destroy a))
    # CHECK-NEXT: a = move($0[0])
    # CHECK-NEXT: b = move($0[1])
    a, b = b, a
    # CHECK-NEXT: destroy b
    # CHECK-NEXT: var t: Tuple[R, Int] = tuple(move(a), Int.__init__(1))
    var t = (a^, 1)
    # CHECK-NEXT: t[1] = Int.__init__(2)
    t[1] = 2
    # CHECK-NEXT: cleanup(print[Int](t[1], {{.*}}); destroy t)
    print(t[1])
