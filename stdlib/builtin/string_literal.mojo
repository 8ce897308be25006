"""The type of string literals, which live in static memory."""

from memory import UnsafePointer
from memory.span import Span
from utils.string_slice import StringSlice, StaticString
from utils.string_slice import _StringSliceIter
from utils._format import _FormatEntries
from collections.string import _atol, _atof
from builtin.str import _CurlyEntryFormattable


@register_passable("trivial")
struct StringLiteral(
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
    """A constant UTF-8 string. The compiler builds one for each string
    literal (a documented hook): `ptr` points at its bytes in static memory,
    which are followed by a NUL, and `length` counts bytes.

    Its text methods are `StringSlice`'s, over the same bytes."""

    var ptr: __mlir_type.`!llvm.ptr`
    var length: Int

    @always_inline
    fn __init__(out self, ptr: __mlir_type.`!llvm.ptr`, length: Int):
        self.ptr = ptr
        self.length = length

    @always_inline
    fn __init__(out self, *, other: Self):
        self = other

    # Bytes.

    @always_inline
    fn byte_length(self) -> Int:
        return self.length

    @always_inline
    fn __len__(self) -> Int:
        return self.length

    @always_inline
    fn __bool__(self) -> Bool:
        return self.length != 0

    @always_inline
    fn unsafe_ptr(self) -> UnsafePointer[UInt8]:
        return UnsafePointer[UInt8](self.ptr)

    @always_inline
    fn unsafe_cstr_ptr(self) -> UnsafePointer[Int8]:
        return UnsafePointer[Int8](self.ptr)

    @always_inline
    fn as_bytes(self) -> Span[Byte, StaticConstantOrigin]:
        return Span[Byte, StaticConstantOrigin](ptr=self.unsafe_ptr(), length=self.length)

    @always_inline
    fn as_string_slice(self) -> StaticString:
        return StaticString(ptr=self.unsafe_ptr(), length=self.length)

    # Conversions.

    fn __hash__(self) -> UInt:
        """The hash of the bytes, as every string type's."""
        return hash(self.unsafe_ptr(), self.length)

    fn __str__(self) -> String:
        return String(self)

    fn __repr__(self) -> String:
        return self.as_string_slice().__repr__()

    fn __int__(self) raises -> Int:
        return _atol(self.as_string_slice())

    fn __float__(self) raises -> Float64:
        return _atof(self.as_string_slice())

    fn __fspath__(self) -> String:
        """The path this text names (`os.PathLike`)."""
        return self

    fn write_to[W: Writer](self, mut writer: W):
        writer.write_bytes(self.as_bytes())

    # Comparisons, byte by byte.

    fn __eq__(self, rhs: StringLiteral) -> Bool:
        return self.as_string_slice() == rhs.as_string_slice()

    fn __ne__(self, rhs: StringLiteral) -> Bool:
        return not self == rhs

    fn __lt__(self, rhs: StringLiteral) -> Bool:
        return self.as_string_slice() < rhs.as_string_slice()

    fn __le__(self, rhs: StringLiteral) -> Bool:
        return not rhs < self

    fn __gt__(self, rhs: StringLiteral) -> Bool:
        return rhs < self

    fn __ge__(self, rhs: StringLiteral) -> Bool:
        return not self < rhs

    fn __eq__(self, rhs: StringSlice[_]) -> Bool:
        return self.as_string_slice() == rhs

    fn __ne__(self, rhs: StringSlice[_]) -> Bool:
        return not self == rhs

    fn __contains__(self, substr: StringLiteral) -> Bool:
        return substr.as_string_slice() in self.as_string_slice()

    # Text, as `String` does it.

    fn __getitem__(self, idx: Int) -> String:
        return self.as_string_slice()[idx]

    fn __getitem__(self, span: Slice) -> String:
        return self.as_string_slice()[span]

    fn __iter__(self) -> _StringSliceIter[StaticConstantOrigin]:
        return self.as_string_slice().__iter__()

    fn __reversed__(self) -> _StringSliceIter[StaticConstantOrigin]:
        return self.as_string_slice().__reversed__()

    fn find(self, substr: StringLiteral, start: Int = 0) -> Int:
        return self.as_string_slice().find(substr.as_string_slice(), start)

    fn rfind(self, substr: StringLiteral, start: Int = 0) -> Int:
        return self.as_string_slice().rfind(substr.as_string_slice(), start)

    fn count(self, substr: String) -> Int:
        return self.as_string_slice().count(substr.as_string_slice())

    fn replace(self, old: String, new: String) -> String:
        return self.as_string_slice().replace(old, new)

    fn split(self, sep: String, maxsplit: Int = -1) raises -> List[String]:
        return self.as_string_slice().split(sep, maxsplit)

    fn split(self, sep: NoneType = None, maxsplit: Int = -1) -> List[String]:
        return self.as_string_slice().split(maxsplit=maxsplit)

    fn splitlines(self, keepends: Bool = False) -> List[String]:
        return self.as_string_slice()._splitlines_strings(keepends)

    fn join[T: StringableCollectionElement](self, elems: List[T]) -> String:
        return String(self).join(elems)

    fn join(self, *elems: Int) -> String:
        """The numbers' text with this literal between each two."""
        var out = String()
        for i in range(len(elems)):
            if i != 0:
                out += self
            out.write(elems[i])
        return out^

    fn join[*Types: Writable](self, *elems: *Types) -> String:
        """The values' text with this literal between each two."""
        var out = String()

        @parameter
        for i in range(elems.__len__()):
            if i != 0:
                out += self
            elems[i].write_to(out)
        return out^

    fn lower(self) -> String:
        return self.as_string_slice().lower()

    fn upper(self) -> String:
        return self.as_string_slice().upper()

    fn strip(self) -> String:
        return String(self.as_string_slice().strip())

    fn strip(self, chars: String) -> String:
        return String(self.as_string_slice().strip(chars.as_string_slice()))

    fn lstrip(self) -> String:
        return String(self.as_string_slice().lstrip())

    fn lstrip(self, chars: String) -> String:
        return String(self.as_string_slice().lstrip(chars.as_string_slice()))

    fn rstrip(self) -> String:
        return String(self.as_string_slice().rstrip())

    fn rstrip(self, chars: String) -> String:
        return String(self.as_string_slice().rstrip(chars.as_string_slice()))

    fn startswith(self, prefix: String, start: Int = 0, end: Int = -1) -> Bool:
        return self.as_string_slice().startswith(prefix.as_string_slice(), start, end)

    fn endswith(self, suffix: String, start: Int = 0, end: Int = -1) -> Bool:
        return self.as_string_slice().endswith(suffix.as_string_slice(), start, end)

    fn isdigit(self) -> Bool:
        return self.as_string_slice().isdigit()

    fn isupper(self) -> Bool:
        return self.as_string_slice().isupper()

    fn islower(self) -> Bool:
        return self.as_string_slice().islower()

    fn rjust(self, width: Int, fillchar: StringLiteral = " ") -> String:
        return String(self).rjust(width, fillchar)

    fn ljust(self, width: Int, fillchar: StringLiteral = " ") -> String:
        return String(self).ljust(width, fillchar)

    fn center(self, width: Int, fillchar: StringLiteral = " ") -> String:
        return String(self).center(width, fillchar)

    fn format[*Ts: _CurlyEntryFormattable](self, *args: *Ts) raises -> String:
        var entries = _FormatEntries()
        @parameter
        for i in range(args.__len__()):
            entries.add(args[i])
        return entries.format(self.as_string_slice())
