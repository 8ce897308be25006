# RUN: %mojoc build --emit=typed %s -o - | %FileCheck %s
# A parametric closure: one instance per parameter set, each capturing what
# the closure does (here `total`, not `unused`); the function it is bound
# to is keyed by the closure and calls its instances directly.

fn apply[func: fn[width: Int](Int) capturing -> None](n: Int):
    func[2](n)
    func[1](n)


fn main():
    var total = 0
    var unused = 0

    @parameter
    fn add[w: Int](i: Int):
        total += w * i

    add[4](1)
    apply[add](3)
    print(total, unused)

# CHECK-LABEL: fn main() -> NoneType
# CHECK: add[4]#1(Int.__init__(1))
# CHECK-NEXT: apply[add#1](Int.__init__(3))
# CHECK-LABEL: fn add[4]#1(i: Int) -> NoneType captures total
# CHECK-NEXT: Int.__iadd__(total, Int.__mul__(4, i))
# CHECK-LABEL: fn apply[add#1](n: Int) -> NoneType
# CHECK-NEXT: add[2]#1(n)
# CHECK-NEXT: add[1]#1(n)
# CHECK-LABEL: fn add[2]#1(i: Int) -> NoneType captures total
# CHECK-NEXT: Int.__iadd__(total, Int.__mul__(2, i))
# CHECK-LABEL: fn add[1]#1(i: Int) -> NoneType captures total
