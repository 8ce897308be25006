"""Output: the `Writer` and `Writable` traits, and `print`."""


trait Writer:
    """Something bytes can be written to."""

    fn write_bytes(mut self, ptr: __mlir_type.`!llvm.ptr`, length: Int):
        ...

    fn write_str(mut self, text: StringLiteral):
        ...


trait Writable:
    """A value that can write itself to a `Writer`."""

    fn write_to[W: Writer](self, mut writer: W):
        ...


@register_passable("trivial")
struct FileDescriptor(Writer):
    """A file descriptor of the process; writes go through the runtime's
    buffered output."""

    var value: Int

    @always_inline
    fn __init__(out self, value: Int):
        self.value = value

    @always_inline
    fn write_bytes(mut self, ptr: __mlir_type.`!llvm.ptr`, length: Int):
        __mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_write`](self.value.value, ptr, length.value)

    @always_inline
    fn write_str(mut self, text: StringLiteral):
        self.write_bytes(text.ptr, text.length)

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
    sep: StringLiteral = " ",
    end: StringLiteral = "\n",
    flush: Bool = False,
):
    """Writes `values` to standard output, separated by `sep` and followed
    by `end`."""
    var out = FileDescriptor(1)

    @parameter
    for i in range(values.__len__()):
        if i != 0:
            out.write_str(sep)
        values[i].write_to(out)
    out.write_str(end)
    if flush:
        out.flush()
