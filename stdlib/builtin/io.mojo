"""Output: the `Writer` and `Writable` traits, and `print`."""

from memory import UnsafePointer
from memory.memory import stack_allocation
from memory.span import Span
from utils.string_slice import StaticString


trait Writer:
    """Something bytes can be written to: a file, a `String`."""

    fn write_bytes(mut self, bytes: Span[Byte, _]):
        """Writes `bytes`, which are valid UTF-8."""
        ...

    fn write[*Ts: Writable](mut self, *args: *Ts):
        """Writes each of `args` in turn."""
        ...


trait Writable:
    """A value that can write itself to a `Writer`."""

    fn write_to[W: Writer](self, mut writer: W):
        ...


@always_inline
fn _write_raw[W: Writer](mut writer: W, ptr: __mlir_type.`!llvm.ptr`, length: Int):
    """Writes `length` bytes at `ptr`: the formatting hooks of the runtime
    fill a stack buffer the caller then writes with this."""
    writer.write_bytes(
        Span[Byte, MutableAnyOrigin](ptr=UnsafePointer[Byte](ptr), length=length)
    )


@always_inline
fn _write_decimal[W: Writer](mut writer: W, magnitude: UInt, negative: Bool):
    """Writes `magnitude` in decimal, after a `-` if `negative`: what
    `Int`, `UInt` and the integer scalars print. Plain Mojo over a buffer
    on this function's stack, so `str(n)` also runs at compile time
    (`alias NAME = "v" + str(N)`)."""
    # The digits come out least significant first: built from the end of
    # the buffer (20 digits hold any 64-bit value, one more the sign).
    alias capacity = 21
    var buffer = stack_allocation[capacity, UInt8]()
    var start = capacity
    var rest = magnitude
    while True:
        start -= 1
        buffer[start] = UInt8(Int(rest % 10) + ord("0"))
        rest //= 10
        if rest == 0:
            break
    if negative:
        start -= 1
        buffer[start] = ord("-")
    writer.write_bytes(
        Span[Byte, MutableAnyOrigin](ptr=buffer + start, length=capacity - start)
    )


@register_passable("trivial")
struct FileDescriptor(Writer):
    """A file descriptor of the process; writes go through the runtime's
    buffered output."""

    var value: Int

    @always_inline
    @implicit
    fn __init__(out self, value: Int = 1):
        self.value = value

    @always_inline
    fn write_bytes(mut self, bytes: Span[Byte, _]):
        __mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_write`](
            self.value.value, bytes.unsafe_ptr().address, len(bytes).value
        )

    fn write[*Ts: Writable](mut self, *args: *Ts):
        @parameter
        for i in range(args.__len__()):
            args[i].write_to(self)

    @always_inline
    fn flush(self):
        __mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_flush`](self.value.value)


# As upstream: I/O is not worth inlining, and a body copied into each of
# 10,000 `print` calls made one function that LLVM's back end takes
# superlinear time over.
@no_inline
fn print[
    *Ts: Writable
](
    *values: *Ts,
    sep: StaticString = " ",
    end: StaticString = "\n",
    flush: Bool = False,
    owned file: FileDescriptor = FileDescriptor(1),
):
    """Writes `values` to standard output, separated by `sep` and followed
    by `end`."""
    @parameter
    for i in range(values.__len__()):
        if i != 0:
            sep.write_to(file)
        values[i].write_to(file)
    end.write_to(file)
    if flush:
        file.flush()
