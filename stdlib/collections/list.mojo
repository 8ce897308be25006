"""`List[T]`: a growable array of `T` on the heap.

The elements live in one buffer of `capacity` slots, of which the first
`size` hold values. Growing moves them to a buffer twice as large; a copy
of the list copies each element; the list's end destroys them and frees
the buffer. Negative indices count from the end. Indices are not
checked, as in Mojo's release builds.
"""

from collections.optional import Optional
from memory import UnsafePointer
from memory.pointer import Pointer
from memory.span import Span


struct List[T: CollectionElement, hint_trivial_type: Bool = False](
    Boolable, CollectionElement, Sized
):
    """A growable array of `T` (`hint_trivial_type` is accepted and
    unused: moving elements one by one is what LLVM turns into a copy)."""

    var data: UnsafePointer[T]
    var size: Int
    var capacity: Int

    # Construction and lifecycle.

    fn __init__(out self):
        """An empty list, with no buffer yet."""
        self.data = UnsafePointer[T]()
        self.size = 0
        self.capacity = 0

    fn __init__(out self, *, capacity: Int):
        """An empty list with room for `capacity` elements."""
        self.data = UnsafePointer[T].alloc(capacity)
        self.size = 0
        self.capacity = capacity

    @implicit
    fn __init__(out self, owned *values: T):
        """The list of `values`: `List[Int](1, 2, 3)`."""
        self = Self(capacity=len(values))
        # A copy of each: the argument list destroys its own (moving out
        # of it needs `__disable_del`, which mojoc does not have yet).
        for i in range(len(values)):
            self.append(values[i])

    fn __init__[is_owned: Bool, //](out self, *, owned elements: VariadicListMem[T, is_owned]):
        """The list of `elements` (what a `*values: T` argument holds)."""
        self = Self(capacity=len(elements))
        for i in range(len(elements)):
            self.append(elements[i])

    @implicit
    fn __init__[is_mut: Bool, //, o: Origin[is_mut]](out self, span: Span[T, o]):
        """A copy of the elements `span` views."""
        self = Self(capacity=len(span))
        for i in range(len(span)):
            self.append(span[i])

    fn __init__(out self, *, ptr: UnsafePointer[T], length: Int, capacity: Int):
        """Adopts the buffer at `ptr` (from `alloc`), whose first `length`
        of `capacity` elements are initialized; the list frees it."""
        self.data = ptr
        self.size = length
        self.capacity = capacity

    fn __init__(out self, *, other: Self):
        """A copy of `other`, each element copied."""
        self = Self(capacity=other.size)
        for i in range(other.size):
            (self.data + i).init_pointee_copy(other.data[i])
        self.size = other.size

    fn __copyinit__(out self, existing: Self):
        self = Self(other=existing)

    fn __moveinit__(out self, owned existing: Self):
        self.data = existing.data
        self.size = existing.size
        self.capacity = existing.capacity

    fn __del__(owned self):
        for i in range(self.size):
            (self.data + i).destroy_pointee()
        self.data.free()

    # Size.

    fn __len__(self) -> Int:
        return self.size

    fn __bool__(self) -> Bool:
        return self.size != 0

    fn bytecount(self) -> Int:
        """The bytes the elements take in the buffer."""
        return self.size * __sizeof[T]()

    # Elements.

    fn _index(self, idx: Int) -> Int:
        """`idx`, counted from the end when negative."""
        return idx + self.size if idx < 0 else idx

    fn __getitem__(ref self, idx: Int) -> ref [self] T:
        """Element `idx` (negative: from the end), to read or assign."""
        return self.data[self._index(idx)]

    fn unsafe_get(ref self, idx: Int) -> ref [self] T:
        """Element `idx`, which must be in `[0, len)`."""
        return self.data[idx]

    fn unsafe_set(mut self, idx: Int, owned value: T):
        """Replaces element `idx`, which must be in `[0, len)`."""
        (self.data + idx).destroy_pointee()
        (self.data + idx).init_pointee_move(value^)

    fn __iter__(
        ref self,
    ) -> _ListIter[T, hint_trivial_type, __origin_of(self)]:
        """Yields a `Pointer` to each element, first to last:
        `for x in items: x[]` reads (or assigns) the element in place."""
        return _ListIter[T, hint_trivial_type, __origin_of(self)](
            self.data, 0, self.size
        )

    fn __reversed__(
        ref self,
    ) -> _ListIter[T, hint_trivial_type, __origin_of(self), False]:
        """Yields a `Pointer` to each element, last to first."""
        return _ListIter[T, hint_trivial_type, __origin_of(self), False](
            self.data, self.size - 1, self.size
        )

    fn steal_data(mut self) -> UnsafePointer[T]:
        """Hands over the buffer, elements and all, and leaves the list
        empty; the caller must destroy them and free it."""
        var data = self.data
        self.data = UnsafePointer[T]()
        self.size = 0
        self.capacity = 0
        return data

    fn unsafe_ptr(self) -> UnsafePointer[T]:
        """The buffer's address; valid until the list grows or ends."""
        return self.data

    fn __getitem__(self, span: Slice) -> Self:
        """A new list of the elements `span` selects (`l[1:3]`, `l[::-1]`,
        `l[-2:]`), each copied."""
        var bounds = span.indices(len(self))
        var start = bounds[0]
        var end = bounds[1]
        var step = bounds[2]
        var count = 0
        if step > 0 and end > start:
            count = (end - start + step - 1) // step
        elif step < 0 and start > end:
            count = (start - end - step - 1) // -step
        var result = Self(capacity=count)
        for k in range(count):
            result.append(self.data[start + k * step])
        return result^

    # Searching and comparing (elements that compare equal).

    fn __contains__[
        U: EqualityComparableCollectionElement, //
    ](self: List[U, *_], value: U) -> Bool:
        """Whether some element equals `value`: `x in items`."""
        for i in range(len(self)):
            if self.data[i] == value:
                return True
        return False

    fn count[
        U: EqualityComparableCollectionElement, //
    ](self: List[U, *_], value: U) -> Int:
        """How many elements equal `value`."""
        var n = 0
        for i in range(len(self)):
            if self.data[i] == value:
                n += 1
        return n

    fn index[
        C: EqualityComparableCollectionElement, //
    ](
        ref self: List[C, *_],
        value: C,
        start: Int = 0,
        stop: Optional[Int] = None,
    ) raises -> Int:
        """The index of the first element equal to `value` in
        `[start, stop)` (negative bounds count from the end; both are
        clamped to the list). Raises when there is none."""
        var size = len(self)
        var lo = _clamp(start + size if start < 0 else start, size)
        var hi = size
        if stop:
            hi = _clamp(stop.value() + size if stop.value() < 0 else stop.value(), size)
        for i in range(lo, hi):
            if self.data[i] == value:
                return i
        raise "ValueError: Given element is not in list"

    # Text: `[1, 2, 3]`, each element's `repr` (`['a', 'b']`).

    fn __str__[U: RepresentableCollectionElement, //](self: List[U, *_]) -> String:
        var out = String()
        self.write_to(out)
        return out^

    fn __repr__[U: RepresentableCollectionElement, //](self: List[U, *_]) -> String:
        return self.__str__()

    fn write_to[
        W: Writer, U: RepresentableCollectionElement, //
    ](self: List[U, *_], mut writer: W):
        writer.write("[")
        for i in range(len(self)):
            if i != 0:
                writer.write(", ")
            writer.write(repr(self[i]))
        writer.write("]")

    fn __eq__[
        U: EqualityComparableCollectionElement, //
    ](self: List[U, *_], other: List[U, *_]) -> Bool:
        """Whether both have the same length and equal elements."""
        if len(self) != len(other):
            return False
        for i in range(len(self)):
            if self.data[i] != other.data[i]:
                return False
        return True

    fn __ne__[
        U: EqualityComparableCollectionElement, //
    ](self: List[U, *_], other: List[U, *_]) -> Bool:
        """Whether the lengths or some elements differ."""
        return not (self == other)

    # Concatenation and repetition.

    fn __add__(self, owned other: Self) -> Self:
        """A new list: copies of these elements, then `other`'s."""
        var result = Self(other=self)
        result.extend(other^)
        return result^

    fn __iadd__(mut self, owned other: Self):
        """Moves `other`'s elements to the end: `items += more`."""
        self.extend(other^)

    fn __mul__(self, x: Int) -> Self:
        """A new list of `x` copies of these elements, one after another
        (empty when `x <= 0`)."""
        var result = Self(capacity=len(self) * x if x > 0 else 0)
        for _ in range(x):
            for i in range(len(self)):
                result.append(self.data[i])
        return result^

    fn __imul__(mut self, x: Int):
        """Repeats the elements `x` times in place."""
        self = self * x

    # Growing and shrinking.

    fn reserve(mut self, new_capacity: Int):
        """Makes room for `new_capacity` elements without growing again."""
        if new_capacity <= self.capacity:
            return
        var data = UnsafePointer[T].alloc(new_capacity)
        for i in range(self.size):
            (data + i).init_pointee_move((self.data + i).take_pointee())
        self.data.free()
        self.data = data
        self.capacity = new_capacity

    fn append(mut self, owned value: T):
        """Adds `value` at the end, doubling the buffer when it is full."""
        if self.size == self.capacity:
            self.reserve(self.capacity * 2 if self.capacity else 8)
        (self.data + self.size).init_pointee_move(value^)
        self.size += 1

    fn insert(mut self, i: Int, owned value: T):
        """Inserts `value` before element `i` (negative: from the end)."""
        var at = self._index(i)
        if at < 0:
            at = 0
        if at > self.size:
            at = self.size
        self.append(value^)
        var j = self.size - 1
        while j > at:
            self.swap_elements(j, j - 1)
            j -= 1

    fn extend(mut self, owned other: List[T, *_]):
        """Moves `other`'s elements to the end."""
        self.reserve(self.size + other.size)
        for i in range(other.size):
            (self.data + self.size + i).init_pointee_move(
                (other.data + i).take_pointee()
            )
        self.size += other.size
        other.size = 0

    fn pop(mut self, i: Int = -1) -> T:
        """Removes element `i` (the last by default) and returns it."""
        var at = self._index(i)
        var value = (self.data + at).take_pointee()
        for j in range(at + 1, self.size):
            (self.data + j - 1).init_pointee_move((self.data + j).take_pointee())
        self.size -= 1
        return value^

    fn resize(mut self, new_size: Int, value: T):
        """Shrinks to `new_size`, or grows with copies of `value`."""
        if new_size <= self.size:
            self.resize(new_size)
            return
        self.reserve(new_size)
        for i in range(self.size, new_size):
            (self.data + i).init_pointee_copy(value)
        self.size = new_size

    fn resize(mut self, new_size: Int):
        """Shrinks to `new_size` elements, destroying the rest."""
        for i in range(new_size, self.size):
            (self.data + i).destroy_pointee()
        if new_size < self.size:
            self.size = new_size

    fn clear(mut self):
        """Destroys every element; the buffer stays."""
        self.resize(0)

    fn reverse(mut self):
        """Reverses the elements in place."""
        var i = 0
        var j = self.size - 1
        while i < j:
            self.swap_elements(i, j)
            i += 1
            j -= 1

    fn swap_elements(mut self, elt_idx_1: Int, elt_idx_2: Int):
        """Exchanges two elements."""
        var a = self.data + self._index(elt_idx_1)
        var b = self.data + self._index(elt_idx_2)
        var tmp = a.take_pointee()
        a.init_pointee_move(b.take_pointee())
        b.init_pointee_move(tmp^)


fn _clamp(index: Int, size: Int) -> Int:
    """`index` clamped to `[0, size]`."""
    if index < 0:
        return 0
    return size if index > size else index


@register_passable("trivial")
struct _ListIter[
    list_mutability: Bool, //,
    T: CollectionElement,
    hint_trivial_type: Bool,
    list_origin: Origin[list_mutability],
    forward: Bool = True,
]:
    """Walks a `List`'s elements (first to last, or last to first when not
    `forward`), yielding a `Pointer` to each. The list must not grow
    meanwhile; `list_origin` makes the iterator a view, so the compiler
    keeps the list (even a temporary one) alive while it is used.

    It holds the buffer's address where 24.6's holds a `Pointer` to the
    list, so that no loop reloads `data` from the list: as far as LLVM
    knows, a store through an element may change it."""

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

    fn __next__(mut self) -> Pointer[T, list_origin]:
        var element = Pointer[T, list_origin].address_of((self.data + self.index)[])

        @parameter
        if forward:
            self.index += 1
        else:
            self.index -= 1
        self.remaining -= 1
        return element

    fn __len__(self) -> Int:
        return self.remaining
