"""`StringRef`: a pointer and a length, the unchecked view of bytes that
C interfaces and `sys.argv` give."""

from memory import UnsafePointer
from memory.span import Span
from utils.string_slice import StringSlice
from collections.string import _atol


@value
@register_passable("trivial")
struct StringRef(
    Boolable,
    CollectionElement,
    CollectionElementNew,
    Comparable,
    Hashable,
    IntableRaising,
    KeyElement,
    Representable,
    Sized,
    Stringable,
    Writable,
):
    """`length` bytes at `data`, owned elsewhere."""

    var data: UnsafePointer[UInt8]
    var length: Int

    @always_inline
    fn __init__(out self):
        self.data = UnsafePointer[UInt8]()
        self.length = 0

    @always_inline
    fn __init__(out self, *, other: Self):
        self = other

    @always_inline
    @implicit
    fn __init__(out self, str: StringLiteral):
        self.data = str.unsafe_ptr()
        self.length = str.byte_length()

    @always_inline
    fn __init__(out self, ptr: UnsafePointer[Int8], len: Int):
        self.data = ptr.bitcast[UInt8]()
        self.length = len

    @always_inline
    fn __init__(out self, ptr: UnsafePointer[UInt8], len: Int):
        self.data = ptr
        self.length = len

    @implicit
    fn __init__(out self, ptr: UnsafePointer[Int8]):
        """The NUL-terminated text at `ptr`."""
        var n = 0
        while ptr[n] != 0:
            n += 1
        self.data = ptr.bitcast[UInt8]()
        self.length = n

    fn __init__(out self, *, ptr: UnsafePointer[UInt8]):
        """The NUL-terminated text at `ptr`."""
        self = StringRef(ptr.bitcast[Int8]())

    @always_inline
    fn _slice(self) -> StringSlice[ImmutableAnyOrigin]:
        return StringSlice[ImmutableAnyOrigin](ptr=self.data, length=self.length)

    @always_inline
    fn unsafe_ptr(self) -> UnsafePointer[UInt8]:
        return self.data

    @always_inline
    fn as_bytes(self) -> Span[Byte, ImmutableAnyOrigin]:
        return Span[Byte, ImmutableAnyOrigin](ptr=self.data, length=self.length)

    @always_inline
    fn __len__(self) -> Int:
        return self.length

    @always_inline
    fn __bool__(self) -> Bool:
        return self.length != 0

    @always_inline
    fn empty(self) -> Bool:
        return self.length == 0

    fn __getitem__(self, idx: Int) -> StringRef:
        return StringRef(self.data + idx, 1)

    fn take_front(self, num_bytes: Int = 1) -> Self:
        return StringRef(self.data, num_bytes if num_bytes < self.length else self.length)

    fn take_back(self, num_bytes: Int = 1) -> Self:
        var n = num_bytes if num_bytes < self.length else self.length
        return StringRef(self.data + self.length - n, n)

    fn drop_front(self, num_bytes: Int = 1) -> Self:
        var n = num_bytes if num_bytes < self.length else self.length
        return StringRef(self.data + n, self.length - n)

    fn drop_back(self, num_bytes: Int = 1) -> Self:
        var n = num_bytes if num_bytes < self.length else self.length
        return StringRef(self.data, self.length - n)

    fn __eq__(self, rhs: StringRef) -> Bool:
        return self._slice() == rhs._slice()

    fn __ne__(self, rhs: StringRef) -> Bool:
        return not self == rhs

    fn __lt__(self, rhs: StringRef) -> Bool:
        return self._slice() < rhs._slice()

    fn __le__(self, rhs: StringRef) -> Bool:
        return not rhs < self

    fn __gt__(self, rhs: StringRef) -> Bool:
        return rhs < self

    fn __ge__(self, rhs: StringRef) -> Bool:
        return not self < rhs

    fn __contains__(self, substr: StringRef) -> Bool:
        return substr._slice() in self._slice()

    fn count(self, substr: StringRef) -> Int:
        return self._slice().count(substr._slice())

    fn find(self, substr: StringRef, start: Int = 0) -> Int:
        return self._slice().find(substr._slice(), start)

    fn rfind(self, substr: StringRef, start: Int = 0) -> Int:
        return self._slice().rfind(substr._slice(), start)

    fn startswith(self, prefix: StringRef, start: Int = 0, end: Int = -1) -> Bool:
        return self._slice().startswith(prefix._slice(), start, end)

    fn endswith(self, suffix: StringRef, start: Int = 0, end: Int = -1) -> Bool:
        return self._slice().endswith(suffix._slice(), start, end)

    fn strip(self) -> StringRef:
        var s = self._slice().strip()
        return StringRef(s.unsafe_ptr(), s.byte_length())

    fn split(self, delimiter: StringRef) raises -> List[StringRef]:
        """The pieces between occurrences of `delimiter`, as views."""
        if delimiter.length == 0:
            raise "Separator cannot be empty."
        var out = List[StringRef]()
        var at = 0
        while True:
            var hit = self.find(delimiter, at)
            if hit < 0:
                break
            out.append(StringRef(self.data + at, hit - at))
            at = hit + delimiter.length
        out.append(StringRef(self.data + at, self.length - at))
        return out^

    fn __int__(self) raises -> Int:
        return _atol(self._slice())

    fn __hash__(self) -> UInt:
        """The hash of the bytes, as every string type's."""
        return hash(self.data, self.length)

    fn __str__(self) -> String:
        return String(self)

    fn __fspath__(self) -> String:
        """The path this text names (`os.PathLike`)."""
        return String(self)

    fn __repr__(self) -> String:
        return "StringRef(" + self._slice().__repr__() + ")"

    fn write_to[W: Writer](self, mut writer: W):
        writer.write_bytes(self.as_bytes())
