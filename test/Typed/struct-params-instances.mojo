# RUN: %mojoc build --emit=typed %s | %FileCheck %s
# A constructor call names the instance its arguments inferred, and the
# instance's members are checked as functions of their own.

@value
struct Pair[A: CollectionElement, B: CollectionElement]:
    var first: A
    var second: B


fn main():
    var p = Pair(1, True)
    print(p.first)

# CHECK-LABEL: fn main() -> NoneType
# CHECK-NEXT:   var p: Pair[Int, Bool] = Pair[Int, Bool].__init__(Int.__init__(1), Bool.__init__(true))
# CHECK-LABEL: fn Pair[Int, Bool].__init__(owned first: Int, owned second: Bool) -> Pair[Int, Bool]
# CHECK-NEXT:   self.first = (init) first
# CHECK-NEXT:   self.second = (init) second
