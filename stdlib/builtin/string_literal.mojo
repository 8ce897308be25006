"""The type of string literals, which live in static memory."""


@register_passable("trivial")
struct StringLiteral(Boolable, CollectionElement, Sized, Writable):
    """A constant UTF-8 string. The compiler builds one for each string
    literal (a documented hook): `ptr` points at its bytes in static memory
    and `length` counts bytes."""

    var ptr: __mlir_type.`!llvm.ptr`
    var length: Int

    @always_inline
    fn __init__(out self, ptr: __mlir_type.`!llvm.ptr`, length: Int):
        self.ptr = ptr
        self.length = length

    @always_inline
    fn byte_length(self) -> Int:
        return self.length

    @always_inline
    fn __len__(self) -> Int:
        return self.length

    @always_inline
    fn __bool__(self) -> Bool:
        return self.length != 0

    fn write_to[W: Writer](self, mut writer: W):
        writer.write_bytes(self.ptr, self.length)
