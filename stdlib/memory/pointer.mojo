"""`Pointer[type, origin]`: a safe, non-null reference, and `AddressSpace`.

A `Pointer` is one address, as `UnsafePointer` is, but it is never null
and its `origin` says what owns the value: collection iterators yield one
to each element (`for x in items: x[] += 1`). mojoc does not track origins
(docs/compiler/ownership.md): the origin only records mutability, and what
keeps the owner alive is the compiler's rule for views (a struct with an
origin parameter keeps what the call that made it borrowed).
"""

from memory.unsafe_pointer import UnsafePointer


@register_passable("trivial")
struct AddressSpace(EqualityComparable, Stringable, Writable):
    """Which memory a pointer addresses; CPUs have only `GENERIC`."""

    var _value: Int

    alias GENERIC = AddressSpace(0)

    @always_inline
    @implicit
    fn __init__(out self, value: Int):
        self._value = value

    @always_inline
    fn value(self) -> Int:
        """The address space's number."""
        return self._value

    @always_inline
    fn __int__(self) -> Int:
        return self._value

    @always_inline
    fn __index__(self) -> Int:
        return self._value

    @always_inline
    fn __eq__(self, other: Self) -> Bool:
        return self._value == other._value

    @always_inline
    fn __ne__(self, other: Self) -> Bool:
        return self._value != other._value

    @always_inline
    fn __is__(self, other: Self) -> Bool:
        return self._value == other._value

    @always_inline
    fn __isnot__(self, other: Self) -> Bool:
        return self._value != other._value

    fn __str__(self) -> String:
        var out = String()
        self.write_to(out)
        return out^

    fn write_to[W: Writer](self, mut writer: W):
        """`AddressSpace.GENERIC`, or `AddressSpace(n)` for another."""
        if self is AddressSpace.GENERIC:
            writer.write("AddressSpace.GENERIC")
        else:
            writer.write("AddressSpace(")
            writer.write(self._value)
            writer.write(")")


@register_passable("trivial")
struct Pointer[
    is_mutable: Bool, //,
    type: AnyType,
    origin: Origin[is_mutable],
    address_space: AddressSpace = AddressSpace.GENERIC,
](CollectionElementNew, Stringable):
    """The address of a `type` that `origin` owns: `p[]` is that value,
    to read, or to assign when the origin is mutable."""

    var _address: __mlir_type.`!llvm.ptr`

    @always_inline
    fn __init__(out self, *, _mlir_value: __mlir_type.`!llvm.ptr`):
        """The pointer to `_mlir_value`, which must not be null."""
        self._address = _mlir_value

    @always_inline
    fn __init__(out self, *, other: Self):
        self._address = other._address

    @staticmethod
    @always_inline
    fn address_of(ref [origin] value: type) -> Self:
        """The address of `value`, which must outlive every use of it."""
        return Self(_mlir_value=__get_lvalue_as_address(value))

    @always_inline
    fn __getitem__(self) -> ref [origin] type:
        """The value pointed to, as a place: `p[]`, `p[] = v`."""
        return __get_address_as_lvalue[type](self._address)

    @always_inline
    fn __eq__(self, rhs: Pointer[type, _, address_space]) -> Bool:
        """Whether both point to the same address."""
        return self._int() == rhs._int()

    @always_inline
    fn __ne__(self, rhs: Pointer[type, _, address_space]) -> Bool:
        return self._int() != rhs._int()

    @always_inline
    fn _int(self) -> Int:
        """The address as an integer."""
        return int(UnsafePointer[type](self._address))

    fn __str__(self) -> String:
        """The address in hexadecimal (`0x7ffd...`), as 24.6 prints the
        `UnsafePointer` to the value."""
        return hex(self._int())
