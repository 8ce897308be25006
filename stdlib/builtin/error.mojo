"""The `Error` type, the one type a function can raise."""


@register_passable("trivial")
struct Error(Boolable, CollectionElement, Defaultable, Writable):
    """An error with a message. `raise "text"` builds one through the
    implicit constructor from `StringLiteral`.

    There is no heap-owned `String` yet, so the message is a view of static
    bytes (a pointer and a length, like `StringLiteral`); the fields keep
    24.6's names so that a later owned buffer changes no caller."""

    var data: __mlir_type.`!llvm.ptr`
    var loaded_length: Int

    @always_inline
    fn __init__(out self):
        """An error with an empty message."""
        var empty = ""
        self.data = empty.ptr
        self.loaded_length = 0

    @always_inline
    @implicit
    fn __init__(out self, value: StringLiteral):
        self.data = value.ptr
        self.loaded_length = value.length

    @always_inline
    fn __bool__(self) -> Bool:
        """Whether the message is non-empty."""
        return self.loaded_length != 0

    fn write_to[W: Writer](self, mut writer: W):
        """Writes the message: `print(e)` prints it."""
        writer.write_bytes(self.data, self.loaded_length)


# The entry point calls this when `main` raises (Sema instantiates it as
# a compiler hook). It lives here rather than in the runtime because only
# this module knows how an `Error` holds its message: when the message
# becomes an owned buffer, the report changes with it. The error is taken
# `mut` so that the entry point, which has no function body to load values
# in, can pass the address of its slot.
fn __report_unhandled_error(mut error: Error):
    var err = FileDescriptor(2)
    err.write_str("Unhandled exception caught during execution: ")
    error.write_to(err)
    err.write_str("\n")
