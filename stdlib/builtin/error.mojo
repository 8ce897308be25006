"""The `Error` type, the one type a function can raise."""

from memory import UnsafePointer, memcpy
from memory.span import Span
from utils.stringref import StringRef


struct Error(
    Boolable,
    CollectionElement,
    CollectionElementNew,
    Defaultable,
    Representable,
    Stringable,
    Writable,
):
    """An error with a message. `raise "text"` builds one through the
    implicit constructor from `StringLiteral`.

    As in Mojo 24.6, the message is `loaded_length` bytes at `data`: a
    literal's static bytes when `loaded_length` is not negative, else a
    heap copy of `-loaded_length` bytes that the error owns. So raising a
    literal allocates nothing, and a message built at run time
    (`raise Error("bad value: " + str(x))`) lives as long as the error."""

    var data: UnsafePointer[UInt8]
    var loaded_length: Int

    @always_inline
    fn __init__(out self):
        """An error with an empty message."""
        self.data = UnsafePointer[UInt8]()
        self.loaded_length = 0

    @always_inline
    @implicit
    fn __init__(out self, value: StringLiteral):
        self.data = value.unsafe_ptr()
        self.loaded_length = value.byte_length()

    @implicit
    fn __init__(out self, src: String):
        self = Error._owned_copy(src.unsafe_ptr(), src.byte_length())

    @implicit
    fn __init__(out self, src: StringRef):
        self = Error._owned_copy(src.data, src.length)

    fn __init__(out self, *, other: Self):
        self = other

    @staticmethod
    fn _owned_copy(ptr: UnsafePointer[UInt8], length: Int) -> Error:
        var e = Error()
        if length > 0:
            e.data = UnsafePointer[UInt8].alloc(length)
            memcpy(e.data, ptr, length)
            e.loaded_length = -length
        return e^

    fn __copyinit__(out self, existing: Self):
        if existing.loaded_length < 0:
            self = Error._owned_copy(existing.data, -existing.loaded_length)
        else:
            self.data = existing.data
            self.loaded_length = existing.loaded_length

    fn __moveinit__(out self, owned existing: Self):
        self.data = existing.data
        self.loaded_length = existing.loaded_length

    fn __del__(owned self):
        if self.loaded_length < 0:
            self.data.free()

    @always_inline
    fn _length(self) -> Int:
        return -self.loaded_length if self.loaded_length < 0 else self.loaded_length

    @always_inline
    fn __bool__(self) -> Bool:
        """Whether the message is non-empty."""
        return self.loaded_length != 0

    fn __str__(self) -> String:
        """The message."""
        return String.write(self)

    fn __repr__(self) -> String:
        """`Error('message')`."""
        return "Error(" + repr(String.write(self)) + ")"

    fn write_to[W: Writer](self, mut writer: W):
        """Writes the message: `print(e)` prints it."""
        writer.write_bytes(Span[Byte, ImmutableAnyOrigin](ptr=self.data, length=self._length()))


# The entry point calls this when `main` raises (Sema instantiates it as
# a compiler hook). It lives here rather than in the runtime because only
# this module knows how an `Error` holds its message. The error is taken
# `mut` so that the entry point, which has no function body to load values
# in, can pass the address of its slot.
fn __report_unhandled_error(mut error: Error):
    var err = FileDescriptor(2)
    err.write("Unhandled exception caught during execution: ", error, "\n")
