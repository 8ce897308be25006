"""`OwnedPointer[T]`: one `T` on the heap, owned by one pointer.

Moving the pointer moves ownership; its end destroys the value and frees
the memory. `take` and `steal_data` end it early, leaving it null so that
its destructor does nothing (mojoc has no `__disable_del` yet).
"""

from memory.unsafe_pointer import UnsafePointer


struct OwnedPointer[T: AnyType]:
    """The sole owner of a `T` on the heap; `p[]` reads or assigns it."""

    var _inner: UnsafePointer[T]

    fn __init__(out self, owned value: T):
        """Moves `value` to the heap."""
        self._inner = UnsafePointer[T].alloc(1)
        self._inner.init_pointee_move(value^)

    fn __moveinit__(out self, owned existing: Self):
        self._inner = existing._inner

    fn __del__(owned self):
        if self._inner:
            self._inner.destroy_pointee()
            self._inner.free()

    fn __getitem__(ref self) -> ref [self] T:
        """The value."""
        return self._inner[]

    fn unsafe_ptr(self) -> UnsafePointer[T]:
        """The value's address; valid while this pointer lives."""
        return self._inner

    fn take(owned self) -> T:
        """Moves the value out and frees its memory."""
        var value = self._inner.take_pointee()
        self._inner.free()
        self._inner = UnsafePointer[T]()
        return value^

    fn steal_data(owned self) -> UnsafePointer[T]:
        """The value's address, which the caller now owns (and must
        destroy and free)."""
        var data = self._inner
        self._inner = UnsafePointer[T]()
        return data
