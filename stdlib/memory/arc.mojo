"""`ArcPointer[T]`: one `T` on the heap, shared by reference counting.

Copying the pointer shares the value and counts one more owner; the last
owner's end destroys the value and frees the memory. The count is atomic
(`os.atomic.Atomic`), so owners on different threads may come and go.
"""

from memory.unsafe_pointer import UnsafePointer
from os.atomic import Atomic


struct _ArcInner[T: Movable]:
    """The shared block: the count of owners, then the value. It moves
    once, onto the heap, before anything shares it."""

    var refcount: Atomic[DType.int64]
    var payload: T

    fn __init__(out self, owned value: T):
        self.refcount = Atomic[DType.int64](1)
        self.payload = value^

    fn __moveinit__(out self, owned existing: Self):
        self.refcount = Atomic[DType.int64](existing.refcount.value)
        self.payload = existing.payload^


struct ArcPointer[T: Movable](CollectionElement, Identifiable):
    """A shared owner of a `T` on the heap; `p[]` reads or assigns it."""

    var _inner: UnsafePointer[_ArcInner[T]]

    @implicit
    fn __init__(out self, owned value: T):
        """Moves `value` to the heap, with one owner."""
        self._inner = UnsafePointer[_ArcInner[T]].alloc(1)
        self._inner.init_pointee_move(_ArcInner[T](value^))

    fn __init__(out self, *, other: Self):
        """Another owner of `other`'s value."""
        self._inner = other._inner
        _ = self._inner[].refcount.fetch_add(1)

    fn __copyinit__(out self, existing: Self):
        self._inner = existing._inner
        _ = self._inner[].refcount.fetch_add(1)

    fn __moveinit__(out self, owned existing: Self):
        self._inner = existing._inner

    fn __del__(owned self):
        # Only the owner that took the count from 1 to 0 sees 1 here.
        if self._inner[].refcount.fetch_sub(1) == 1:
            self._inner.destroy_pointee()
            self._inner.free()

    fn __getitem__(ref self) -> ref [self] T:
        """The shared value."""
        return self._inner[].payload

    fn unsafe_ptr(self) -> UnsafePointer[T]:
        """The value's address; valid while an owner lives."""
        return UnsafePointer.address_of(self._inner[].payload)

    fn count(self) -> UInt64:
        """How many owners share the value."""
        return self._inner[].refcount.load().cast[DType.uint64]()

    fn __is__(self, rhs: Self) -> Bool:
        """Whether both share one value."""
        return self._inner == rhs._inner

    fn __isnot__(self, rhs: Self) -> Bool:
        return not (self is rhs)
