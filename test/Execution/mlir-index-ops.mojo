# RUN: %mojoc run %s | %FileCheck %s
# A register-passable struct over `__mlir_type.index` and `__mlir_type.i1`
# fields, with arithmetic written directly as `__mlir_op` index operations.

@register_passable("trivial")
struct Word:
    var value: __mlir_type.index

    fn __init__(out self, v: Int):
        self.value = v.value

    fn __add__(self, rhs: Word) -> Word:
        return Word(Int(__mlir_op.`index.add`[_type=__mlir_type.index](self.value, rhs.value)))

    fn __mul__(self, rhs: Word) -> Word:
        return Word(Int(__mlir_op.`index.mul`[_type=__mlir_type.index](self.value, rhs.value)))

    fn get(self) -> Int:
        return Int(self.value)

@register_passable("trivial")
struct Flag:
    var bit: __mlir_type.i1

    fn __init__(out self, b: Bool):
        self.bit = b.__mlir_i1__()

    fn get(self) -> Bool:
        return Bool(self.bit)

fn main():
    var a = Word(40)
    var b = Word(2)
    # CHECK: 42
    print((a + b).get())
    # CHECK-NEXT: 84
    print(((a + b) * b).get())
    # CHECK-NEXT: True False
    print(Flag(True).get(), Flag(False).get())
