# RUN: %mojoc run %s | %FileCheck %s
# RUN: %mojoc build %s -o %t.exe && %t.exe | %FileCheck %s
# The runtime's Float16 and BFloat16 formatting, called the way the stdlib
# calls the runtime (`func.call` with the 16 bits in an Int), through the
# JIT's symbol table and through a linked executable.

from memory import UnsafePointer
from memory.span import Span

@register_passable("trivial")
struct HalfBits:
    """16 bits of a half-precision float, printed by the runtime."""
    var bits: Int
    var brain: Bool

    fn __init__(out self, bits: Int, brain: Bool = False):
        self.bits = bits
        self.brain = brain

    fn write_to[W: Writer](self, mut writer: W):
        var size = __mlir_op.`arith.constant`[value = __mlir_attr.`32 : i64`, _type = __mlir_type.i64]()
        var buffer = __mlir_op.`llvm.alloca`[elem_type = __mlir_attr.i8, _type = __mlir_type.`!llvm.ptr`](size)
        var length = 0
        if self.brain:
            length = Int(__mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_format_bf16`, _type = __mlir_type.index](self.bits.value, buffer))
        else:
            length = Int(__mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_format_f16`, _type = __mlir_type.index](self.bits.value, buffer))
        writer.write_bytes(Span[Byte, MutableAnyOrigin](ptr=UnsafePointer[Byte](buffer), length=length))

fn main():
    # CHECK: 1.0 -2.0 0.099975586 65504.0 5.9604645e-08
    print(HalfBits(0x3C00), HalfBits(0xC000), HalfBits(0x2E66), HalfBits(0x7BFF), HalfBits(0x0001))
    # CHECK-NEXT: -0.0 inf -inf nan
    print(HalfBits(0x8000), HalfBits(0x7C00), HalfBits(0xFC00), HalfBits(0x7E00))
    # CHECK-NEXT: 0.100097656 4.40625 33.0 nan
    print(HalfBits(0x3DCD, True), HalfBits(0x408D, True), HalfBits(0x4204, True), HalfBits(0x7FC0, True))
