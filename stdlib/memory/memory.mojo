"""Operations on raw memory: copying, filling, comparing, and buffers in
the function's frame."""

from memory.unsafe_pointer import UnsafePointer, _to_i64
from sys.info import sizeof


@always_inline
fn memcpy[T: AnyType](dest: UnsafePointer[T, *_], src: UnsafePointer[T, *_], count: Int):
    """Copies `count` values of `T` from `src` to `dest`, bit by bit; the
    two ranges must not overlap."""
    __mlir_op.`llvm.intr.memcpy`[isVolatile = __mlir_attr.false](
        dest.address, src.address, _to_i64(count * sizeof[T]())
    )


@always_inline
fn memset[T: AnyType](ptr: UnsafePointer[T, *_], value: UInt8, count: Int):
    """Sets every byte of `count` values of `T` to `value`."""
    __mlir_op.`llvm.intr.memset`[isVolatile = __mlir_attr.false](
        ptr.address, value._lane(0), _to_i64(count * sizeof[T]())
    )


@always_inline
fn memset_zero[T: AnyType, //](ptr: UnsafePointer[T, *_], count: Int):
    """Sets `count` values of `T` to all-zero bytes."""
    memset(ptr, 0, count)


@always_inline
fn memset_zero[type: DType, //, *, count: Int](ptr: UnsafePointer[Scalar[type], *_]):
    """Sets `count` (a parameter) elements to zero."""
    memset(ptr, 0, count)


@always_inline
fn memcmp[T: AnyType, //](s1: UnsafePointer[T, *_], s2: UnsafePointer[T, *_], count: Int) -> Int:
    """Compares the bytes of `count` values of `T`: negative, zero or
    positive as `s1`'s first differing byte is below, equal to or above
    `s2`'s."""
    var a = s1.bitcast[UInt8]()
    var b = s2.bitcast[UInt8]()
    for i in range(count * sizeof[T]()):
        if a[i] != b[i]:
            return 1 if a[i] > b[i] else -1
    return 0


@always_inline
fn stack_allocation[count: Int, type: AnyType, /, alignment: Int = 1]() -> UnsafePointer[type]:
    """Memory for `count` values of `type` in the caller's frame, freed when
    it returns (one static alloca, which inlining moves to the caller)."""
    return UnsafePointer[type](__stack_allocation[type, count, alignment]())


@always_inline
fn stack_allocation[count: Int, type: DType, /, alignment: Int = 1]() -> UnsafePointer[Scalar[type]]:
    """Memory for `count` elements of `type` in the caller's frame."""
    return stack_allocation[count, Scalar[type], alignment=alignment]()
