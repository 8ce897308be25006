"""`Span[T, origin]`: a view of contiguous elements someone else owns.

A span is a pointer and a length; it neither copies nor frees the
elements. `origin` names what owns them. mojoc does not track origins yet
(docs/compiler/ownership.md), so the view is only as safe as its use: the
owner must outlive it and must not reallocate meanwhile.
"""

from memory import UnsafePointer, memcpy
from memory.pointer import Pointer
from collections.inline_array import InlineArray


@value
@register_passable("trivial")
struct Span[
    is_mutable: Bool, //,
    T: CollectionElement,
    origin: Origin[is_mutable],
](Boolable, Sized):
    """`length` elements of type `T` starting at `ptr`."""

    var _data: UnsafePointer[T]
    var _len: Int

    @always_inline
    fn __init__(out self, *, ptr: UnsafePointer[T], length: Int):
        self._data = ptr
        self._len = length

    @always_inline
    fn __init__(out self, *, other: Self):
        self._data = other._data
        self._len = other._len

    @always_inline
    @implicit
    fn __init__(out self, ref [origin] list: List[T]):
        """A view of `list`'s elements; valid until the list grows."""
        self._data = list.data
        self._len = list.size

    @always_inline
    fn __init__[size: Int, //](out self, ref [origin] array: InlineArray[T, size]):
        """A view of `array`'s elements."""
        self._data = array.unsafe_ptr()
        self._len = size

    @always_inline
    fn __len__(self) -> Int:
        return self._len

    @always_inline
    fn __bool__(self) -> Bool:
        return self._len > 0

    @always_inline
    fn __getitem__(self, idx: Int) -> ref [origin] T:
        """Element `idx`; negative indices count from the end."""
        return self._data[idx + self._len if idx < 0 else idx]

    fn __getitem__(self, slc: Slice) -> Self:
        """The view of the elements `slc` selects (`s[1:3]`, `s[-2:]`);
        as in 24.6 the step must be 1 (a view has no stride)."""
        var bounds = slc.indices(self._len)
        debug_assert(bounds[2] == 1, "Slice must be within bounds and step must be 1")
        var length = bounds[1] - bounds[0]
        return Self(ptr=self._data + bounds[0], length=length if length > 0 else 0)

    @always_inline
    fn unsafe_ptr(self) -> UnsafePointer[T]:
        return self._data

    fn __iter__(self) -> _SpanIter[T, origin]:
        """Yields a `Pointer` to each element, first to last."""
        return _SpanIter[T, origin](self._data, 0, self._len)

    fn __reversed__(self) -> _SpanIter[T, origin, False]:
        """Yields a `Pointer` to each element, last to first."""
        return _SpanIter[T, origin, False](self._data, self._len - 1, self._len)

    @always_inline
    fn as_ref(self) -> Pointer[T, origin]:
        """A `Pointer` to the first element; the span must not be empty."""
        return Pointer[T, origin].address_of(self._data[])

    fn copy_from(self, other: Span[T, _]):
        """Copies `other`'s elements over this span's (equal lengths)."""
        for i in range(self._len):
            self._data[i] = other._data[i]

    fn fill(self, value: T):
        """Sets every element to a copy of `value`."""
        for i in range(self._len):
            self._data[i] = value

    fn get_immutable(self) -> Span[T, ImmutableAnyOrigin]:
        return Span[T, ImmutableAnyOrigin](ptr=self._data, length=self._len)

    fn __eq__[
        U: EqualityComparableCollectionElement, //
    ](self: Span[U, origin], rhs: Span[U, _]) -> Bool:
        """Whether both have the same length and equal elements."""
        if self._len != rhs._len:
            return False
        if self._data == rhs._data:
            return True
        for i in range(self._len):
            if self._data[i] != rhs._data[i]:
                return False
        return True

    fn __ne__[
        U: EqualityComparableCollectionElement, //
    ](self: Span[U, origin], rhs: Span[U, _]) -> Bool:
        return not self == rhs


@register_passable("trivial")
struct _SpanIter[
    is_mutable: Bool, //,
    T: CollectionElement,
    origin: Origin[is_mutable],
    forward: Bool = True,
]:
    """Walks a span (first to last, or last to first when not `forward`),
    yielding a `Pointer` to each element."""

    var data: UnsafePointer[T]
    var index: Int
    var remaining: Int

    fn __init__(out self, data: UnsafePointer[T], index: Int, remaining: Int):
        self.data = data
        self.index = index
        self.remaining = remaining

    fn __iter__(self) -> Self:
        return self

    fn __has_next__(self) -> Bool:
        return self.remaining > 0

    fn __next__(mut self) -> Pointer[T, origin]:
        var element = Pointer[T, origin].address_of((self.data + self.index)[])

        @parameter
        if forward:
            self.index += 1
        else:
            self.index -= 1
        self.remaining -= 1
        return element

    fn __len__(self) -> Int:
        return self.remaining
