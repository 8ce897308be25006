"""`Optional[T]`: a value of `T`, or nothing.

The value lives inline, in an `UnsafeMaybeUninitialized[T]` slot beside a
flag saying whether it holds one; an empty `Optional` initializes nothing.
`None` converts to an empty one and a `T` to a full one, so
`var x: Optional[Int] = None` and `f(3)` for `f(x: Optional[Int])` work.
"""

from memory.maybe_uninitialized import UnsafeMaybeUninitialized


struct Optional[T: CollectionElement](Boolable, CollectionElement):
    """A `T` or nothing: `if x:` tests for a value, `x.value()` reads it."""

    var _slot: UnsafeMaybeUninitialized[T]
    var _has_value: Bool

    # Construction and lifecycle.

    fn __init__(out self):
        """An empty optional."""
        self._slot = UnsafeMaybeUninitialized[T]()
        self._has_value = False

    @implicit
    fn __init__(out self, owned value: T):
        """An optional holding `value`."""
        self._slot = UnsafeMaybeUninitialized[T]()
        self._slot.write(value^)
        self._has_value = True

    @implicit
    fn __init__(out self, value: NoneType):
        """An empty optional: `var x: Optional[Int] = None`."""
        self = Self()

    fn __init__(out self, *, other: Self):
        """A copy of `other` (of its value, if it has one)."""
        self = Self()
        if other._has_value:
            self._slot.unsafe_ptr().init_pointee_copy(
                other._slot.assume_initialized()
            )
            self._has_value = True

    fn __copyinit__(out self, existing: Self):
        self = Self(other=existing)

    fn __moveinit__(out self, owned existing: Self):
        self._slot = UnsafeMaybeUninitialized[T]()
        self._has_value = existing._has_value
        if existing._has_value:
            self._slot.write(existing._slot.unsafe_ptr().take_pointee())

    fn __del__(owned self):
        if self._has_value:
            self._slot.assume_initialized_destroy()

    # Testing for a value.

    fn __bool__(self) -> Bool:
        """Whether it holds a value."""
        return self._has_value

    fn __invert__(self) -> Bool:
        """Whether it is empty: `~x`."""
        return not self._has_value

    fn __is__(self, other: NoneType) -> Bool:
        """`x is None`: whether it is empty."""
        return not self._has_value

    fn __isnot__(self, other: NoneType) -> Bool:
        """`x is not None`: whether it holds a value."""
        return self._has_value

    fn __eq__(self, rhs: NoneType) -> Bool:
        """`x == None`: whether it is empty."""
        return not self._has_value

    fn __ne__(self, rhs: NoneType) -> Bool:
        """`x != None`: whether it holds a value."""
        return self._has_value

    fn __eq__[
        U: EqualityComparableCollectionElement, //
    ](self: Optional[U], rhs: Optional[U]) -> Bool:
        """Whether both are empty, or both hold equal values."""
        if self._has_value and rhs._has_value:
            return self.value() == rhs.value()
        return self._has_value == rhs._has_value

    fn __ne__[
        U: EqualityComparableCollectionElement, //
    ](self: Optional[U], rhs: Optional[U]) -> Bool:
        """Whether one is empty and the other not, or the values differ."""
        return not (self == rhs)

    # Reading the value.

    fn value(ref self) -> ref [self] T:
        """The value, which must be there (not checked, as in Mojo's
        release builds)."""
        return self._slot.assume_initialized()

    fn unsafe_value(ref self) -> ref [self] T:
        """The value, which must be there."""
        return self._slot.assume_initialized()

    fn take(mut self) -> T:
        """Moves the value out, which must be there; it is empty after."""
        return self.unsafe_take()

    fn unsafe_take(mut self) -> T:
        """Moves the value out, which must be there; it is empty after."""
        self._has_value = False
        return self._slot.unsafe_ptr().take_pointee()

    fn or_else(self, default: T) -> T:
        """A copy of the value, or `default` when empty."""
        if self._has_value:
            return self._slot.assume_initialized()
        return default

    # Text: `None`, or the value's `repr` (`Optional(1)` shows `1`,
    # `Optional(String("a"))` shows `'a'`).

    fn __str__[U: RepresentableCollectionElement, //](self: Optional[U]) -> String:
        var out = String()
        self.write_to(out)
        return out^

    fn __repr__[U: RepresentableCollectionElement, //](self: Optional[U]) -> String:
        var out = String()
        self.write_to(out)
        return out^

    fn write_to[
        W: Writer, U: RepresentableCollectionElement, //
    ](self: Optional[U], mut writer: W):
        if self._has_value:
            writer.write(repr(self.value()))
        else:
            writer.write("None")
