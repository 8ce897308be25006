"""`String`: owned, growable UTF-8 text, and the functions over text
(`ord`, `chr`, `atol`, `atof`, `ascii`).

A `String` is a `List[UInt8]` whose last byte is a NUL, so that
`unsafe_cstr_ptr` needs no copy; an empty string may have no buffer at
all. `len` counts bytes, as in Mojo 24.6. The text algorithms are
`StringSlice`'s (utils/string_slice.mojo), over the string's bytes.
"""

from memory import UnsafePointer, memcpy
from memory.span import Span
from utils.string_slice import (
    StringSlice,
    StaticString,
    _StringSliceIter,
    _utf8_width,
    _is_space,
    isdigit,
    isupper,
    islower,
    isprintable,
)
from utils.stringref import StringRef
from utils.write import write_args
from utils._format import _FormatEntries
from builtin.str import _CurlyEntryFormattable


struct String(
    Boolable,
    CollectionElement,
    CollectionElementNew,
    Comparable,
    Defaultable,
    FloatableRaising,
    Hashable,
    IntableRaising,
    KeyElement,
    Representable,
    Sized,
    Stringable,
    Writable,
    Writer,
):
    """Owned UTF-8 text."""

    var _buffer: List[UInt8]

    # Construction and lifecycle.

    @always_inline
    fn __init__(out self):
        self._buffer = List[UInt8]()

    fn __init__(out self, *, capacity: Int):
        """An empty string with room for `capacity` bytes."""
        self._buffer = List[UInt8](capacity=capacity + 1)

    fn __init__(out self, *, ptr: UnsafePointer[Byte], length: Int):
        """Takes ownership of the buffer `ptr` (allocated with
        `UnsafePointer.alloc`) of `length` bytes, the last a NUL."""
        self._buffer = List[UInt8]()
        self._buffer.data = ptr
        self._buffer.size = length
        self._buffer.capacity = length

    fn __init__(out self, *, _copy_of: UnsafePointer[Byte], length: Int):
        """A copy of `length` bytes at `_copy_of` (which need no NUL)."""
        self._buffer = List[UInt8](capacity=length + 1)
        memcpy(self._buffer.data, _copy_of, length)
        self._buffer.data[length] = 0
        self._buffer.size = length + 1

    @implicit
    fn __init__(out self, literal: StringLiteral):
        self = String(_copy_of=literal.unsafe_ptr(), length=literal.byte_length())

    @implicit
    fn __init__[is_mut: Bool, //, o: Origin[is_mut]](out self, str_slice: StringSlice[o]):
        self = String(_copy_of=str_slice.unsafe_ptr(), length=str_slice.byte_length())

    @implicit
    fn __init__(out self, str: StringRef):
        self = String(_copy_of=str.data, length=str.length)

    @implicit
    fn __init__(out self, owned impl: List[UInt8]):
        """Takes `impl`'s bytes, which must end with a NUL."""
        self._buffer = impl^

    fn __init__(out self, *, other: Self):
        self._buffer = other._buffer

    fn __copyinit__(out self, existing: Self):
        self._buffer = existing._buffer

    fn __moveinit__(out self, owned existing: Self):
        self._buffer = existing._buffer^

    @staticmethod
    fn write[*Ts: Writable](*args: *Ts, sep: StaticString = "", end: StaticString = "") -> Self:
        """The text `print` would write for `args`."""
        var out = String()
        @parameter
        for i in range(args.__len__()):
            if i != 0:
                out.write_bytes(sep.as_bytes())
            args[i].write_to(out)
        out.write_bytes(end.as_bytes())
        return out^

    @staticmethod
    fn write[
        *Ts: Writable
    ](
        args: VariadicPack[_, Writable, *Ts],
        sep: StaticString = "",
        end: StaticString = "",
    ) -> Self:
        """The text `print` would write for a pack passed on whole:
        `String.write(args)` in a function taking `*args: *Ts`."""
        var out = String()
        write_args(out, args, sep=sep, end=end)
        return out^

    # Bytes.

    @always_inline
    fn byte_length(self) -> Int:
        return self._buffer.size - 1 if self._buffer.size > 0 else 0

    @always_inline
    fn __len__(self) -> Int:
        """The length in bytes."""
        return self.byte_length()

    @always_inline
    fn __bool__(self) -> Bool:
        return self.byte_length() != 0

    @always_inline
    fn unsafe_ptr(self) -> UnsafePointer[Byte]:
        """The bytes (null for an empty string that never had a buffer)."""
        return self._buffer.data

    fn unsafe_cstr_ptr(mut self) -> UnsafePointer[Int8]:
        """The bytes, NUL-terminated."""
        if self._buffer.size == 0:
            self._buffer.append(0)
        return self._buffer.data.bitcast[Int8]()

    fn as_bytes(ref self) -> Span[Byte, __origin_of(self)]:
        return Span[Byte, __origin_of(self)](ptr=self.unsafe_ptr(), length=self.byte_length())

    fn as_string_slice(ref self) -> StringSlice[__origin_of(self)]:
        return StringSlice[__origin_of(self)](ptr=self.unsafe_ptr(), length=self.byte_length())

    fn reserve(mut self, new_capacity: Int):
        """Makes room for `new_capacity` bytes without growing again."""
        self._buffer.reserve(new_capacity + 1)

    # Writing: a `String` is a `Writer`.

    fn _append(mut self, ptr: UnsafePointer[Byte], length: Int):
        """Appends `length` bytes, growing the buffer geometrically."""
        if length <= 0:
            return
        var old = self.byte_length()
        var needed = old + length + 1
        if needed > self._buffer.capacity:
            var doubled = self._buffer.capacity * 2
            self._buffer.reserve(needed if needed > doubled else doubled)
        memcpy(self._buffer.data + old, ptr, length)
        self._buffer.data[old + length] = 0
        self._buffer.size = needed

    fn _append_byte(mut self, byte: Byte):
        var b = byte
        self._append(UnsafePointer[Byte].address_of(b), 1)

    fn write_bytes(mut self, bytes: Span[Byte, _]):
        self._append(bytes.unsafe_ptr(), len(bytes))

    fn write[*Ts: Writable](mut self, *args: *Ts):
        @parameter
        for i in range(args.__len__()):
            args[i].write_to(self)

    fn write_to[W: Writer](self, mut writer: W):
        writer.write_bytes(self.as_bytes())

    # Concatenation.

    fn __add__(self, other: StringSlice[_]) -> String:
        var out = String(capacity=self.byte_length() + other.byte_length())
        out._append(self.unsafe_ptr(), self.byte_length())
        out._append(other.unsafe_ptr(), other.byte_length())
        return out^

    fn __add__(self, other: String) -> String:
        return self + other.as_string_slice()

    fn __add__(self, other: StringLiteral) -> String:
        return self + other.as_string_slice()

    fn __radd__(self, other: StringLiteral) -> String:
        return String(other) + self

    fn __radd__(self, other: StringSlice[_]) -> String:
        return String(other) + self

    fn __radd__(self, other: String) -> String:
        return other + self

    fn __iadd__(mut self, other: StringSlice[_]):
        self._append(other.unsafe_ptr(), other.byte_length())

    fn __iadd__(mut self, other: String):
        self._append(other.unsafe_ptr(), other.byte_length())

    fn __iadd__(mut self, other: StringLiteral):
        self._append(other.unsafe_ptr(), other.byte_length())

    fn __mul__(self, n: Int) -> String:
        return self.as_string_slice() * n

    # Comparisons, byte by byte.

    fn __eq__(self, other: String) -> Bool:
        return self.as_string_slice() == other.as_string_slice()

    fn __ne__(self, other: String) -> Bool:
        return not self == other

    fn __lt__(self, rhs: String) -> Bool:
        return self.as_string_slice() < rhs.as_string_slice()

    fn __le__(self, rhs: String) -> Bool:
        return not rhs < self

    fn __gt__(self, rhs: String) -> Bool:
        return rhs < self

    fn __ge__(self, rhs: String) -> Bool:
        return not self < rhs

    fn __contains__(self, substr: String) -> Bool:
        return substr.as_string_slice() in self.as_string_slice()

    # Conversions.

    fn __hash__(self) -> UInt:
        """The hash of the bytes, as every string type's."""
        return hash(self.unsafe_ptr(), self.byte_length())

    fn __str__(self) -> String:
        return self

    fn __repr__(self) -> String:
        return self.as_string_slice().__repr__()

    fn __int__(self) raises -> Int:
        return _atol(self.as_string_slice())

    fn __float__(self) raises -> Float64:
        return _atof(self.as_string_slice())

    fn __fspath__(self) -> String:
        """The path this text names (`os.PathLike`)."""
        return self

    # Indexing and iteration.

    fn __getitem__(self, idx: Int) -> String:
        """Byte `idx` (negative: from the end) as a one-byte string."""
        return self.as_string_slice()[idx]

    fn __getitem__(self, span: Slice) -> String:
        """The bytes `span` selects (`s[1:3]`, `s[::-1]`), as a new string."""
        return self.as_string_slice()[span]

    fn __iter__(ref self) -> _StringSliceIter[__origin_of(self)]:
        """Yields each code point as a slice of this string."""
        return _StringSliceIter[__origin_of(self)](self.unsafe_ptr(), self.byte_length())

    fn __reversed__(ref self) -> _StringSliceIter[__origin_of(self)]:
        """Yields each code point as a slice of this string, last first."""
        return _StringSliceIter[__origin_of(self)](
            self.unsafe_ptr(), self.byte_length(), forward=False
        )

    # Searching, splitting, replacing: `StringSlice`'s.

    fn find(self, substr: String, start: Int = 0) -> Int:
        return self.as_string_slice().find(substr.as_string_slice(), start)

    fn rfind(self, substr: String, start: Int = 0) -> Int:
        return self.as_string_slice().rfind(substr.as_string_slice(), start)

    fn count(self, substr: String) -> Int:
        return self.as_string_slice().count(substr.as_string_slice())

    fn startswith(self, prefix: String, start: Int = 0, end: Int = -1) -> Bool:
        return self.as_string_slice().startswith(prefix.as_string_slice(), start, end)

    fn endswith(self, suffix: String, start: Int = 0, end: Int = -1) -> Bool:
        return self.as_string_slice().endswith(suffix.as_string_slice(), start, end)

    fn split(self, sep: String, maxsplit: Int = -1) raises -> List[String]:
        return self.as_string_slice().split(sep.as_string_slice(), maxsplit)

    fn split(self, sep: NoneType = None, maxsplit: Int = -1) -> List[String]:
        return self.as_string_slice().split(maxsplit=maxsplit)

    fn splitlines(self, keepends: Bool = False) -> List[String]:
        return self.as_string_slice()._splitlines_strings(keepends)

    fn replace(self, old: String, new: String) -> String:
        return self.as_string_slice().replace(old.as_string_slice(), new.as_string_slice())

    fn strip(ref self) -> StringSlice[__origin_of(self)]:
        return self.as_string_slice().strip()

    fn strip(ref self, chars: String) -> StringSlice[__origin_of(self)]:
        return self.as_string_slice().strip(chars.as_string_slice())

    fn lstrip(ref self) -> StringSlice[__origin_of(self)]:
        return self.as_string_slice().lstrip()

    fn lstrip(ref self, chars: String) -> StringSlice[__origin_of(self)]:
        return self.as_string_slice().lstrip(chars.as_string_slice())

    fn rstrip(ref self) -> StringSlice[__origin_of(self)]:
        return self.as_string_slice().rstrip()

    fn rstrip(ref self, chars: String) -> StringSlice[__origin_of(self)]:
        return self.as_string_slice().rstrip(chars.as_string_slice())

    fn removeprefix(self, prefix: String, /) -> String:
        if self.startswith(prefix):
            return String(self.as_string_slice()._sub(prefix.byte_length(), self.byte_length()))
        return self

    fn removesuffix(self, suffix: String, /) -> String:
        if suffix and self.endswith(suffix):
            return String(self.as_string_slice()._sub(0, self.byte_length() - suffix.byte_length()))
        return self

    fn lower(self) -> String:
        return self.as_string_slice().lower()

    fn upper(self) -> String:
        return self.as_string_slice().upper()

    fn isspace(self) -> Bool:
        return self.as_string_slice().isspace()

    fn isdigit(self) -> Bool:
        return self.as_string_slice().isdigit()

    fn isupper(self) -> Bool:
        return self.as_string_slice().isupper()

    fn islower(self) -> Bool:
        return self.as_string_slice().islower()

    fn isprintable(self) -> Bool:
        return self.as_string_slice().isprintable()

    # Padding.

    fn _padded(self, width: Int, fillchar: StringLiteral, left: Int) -> String:
        var fill = width - self.byte_length()
        if fill <= 0:
            return self
        var before = left if left <= fill else fill
        var out = String(capacity=width)
        for _ in range(before):
            out += fillchar
        out += self
        for _ in range(fill - before):
            out += fillchar
        return out^

    fn rjust(self, width: Int, fillchar: StringLiteral = " ") -> String:
        return self._padded(width, fillchar, width)

    fn ljust(self, width: Int, fillchar: StringLiteral = " ") -> String:
        return self._padded(width, fillchar, 0)

    fn center(self, width: Int, fillchar: StringLiteral = " ") -> String:
        var fill = width - self.byte_length()
        return self._padded(width, fillchar, fill // 2 if fill > 0 else 0)

    # Joining.

    fn join[T: StringableCollectionElement](self, elems: List[T]) -> String:
        """`elems`' texts with this string between them."""
        var out = String()
        for i in range(len(elems)):
            if i != 0:
                out += self
            out += str(elems[i])
        return out^

    fn join(self, elems: List[String]) -> String:
        """`elems` with this string between them. The generic `join`
        above gives the same text, but its `str` of each element copies a
        `String` into a new buffer first; this one (preferred, being
        non-generic) copies each element's bytes once, into a buffer sized
        exactly beforehand."""
        if len(elems) == 0:
            return String()
        var total = self.byte_length() * (len(elems) - 1)
        for i in range(len(elems)):
            total += elems.unsafe_get(i).byte_length()
        var out = String(capacity=total)
        for i in range(len(elems)):
            if i != 0:
                out._append(self.unsafe_ptr(), self.byte_length())
            out._append(
                elems.unsafe_get(i).unsafe_ptr(), elems.unsafe_get(i).byte_length()
            )
        return out^

    fn join(self, *elems: Int) -> String:
        var out = String()
        for i in range(len(elems)):
            if i != 0:
                out += self
            out.write(elems[i])
        return out^

    fn join[*Types: Writable](self, *elems: *Types) -> String:
        var out = String()
        @parameter
        for i in range(elems.__len__()):
            if i != 0:
                out += self
            elems[i].write_to(out)
        return out^

    # Formatting.

    fn format[*Ts: _CurlyEntryFormattable](self, *args: *Ts) raises -> String:
        """This text with each `{}` replaced by the next argument's `str`,
        `{N}` by argument `N`'s, `{!r}` by its `repr`; `{{`, `}}` escape
        braces."""
        var entries = _FormatEntries()
        @parameter
        for i in range(args.__len__()):
            entries.add(args[i])
        return entries.format(self.as_string_slice())


# Functions over text.


fn ord(s: StringSlice[_]) -> Int:
    """The code point of the one character `s` holds (UTF-8 decoded)."""
    var p = s.unsafe_ptr()
    var b0 = Int(p[0])
    var width = _utf8_width(p[0])
    if width == 1:
        return b0
    var value = b0 & (0x3F >> (width - 1))
    for i in range(1, width):
        value = (value << 6) | (Int(p[i]) & 0x3F)
    return value


fn chr(c: Int) -> String:
    """The character of code point `c`, UTF-8 encoded."""
    var out = String(capacity=4)
    if c < 0x80:
        out._append_byte(UInt8(c))
    elif c < 0x800:
        out._append_byte(UInt8(0xC0 | (c >> 6)))
        out._append_byte(UInt8(0x80 | (c & 0x3F)))
    elif c < 0x10000:
        out._append_byte(UInt8(0xE0 | (c >> 12)))
        out._append_byte(UInt8(0x80 | ((c >> 6) & 0x3F)))
        out._append_byte(UInt8(0x80 | (c & 0x3F)))
    else:
        out._append_byte(UInt8(0xF0 | (c >> 18)))
        out._append_byte(UInt8(0x80 | ((c >> 12) & 0x3F)))
        out._append_byte(UInt8(0x80 | ((c >> 6) & 0x3F)))
        out._append_byte(UInt8(0x80 | (c & 0x3F)))
    return out^


fn ascii(value: String) -> String:
    """`value`'s repr with every non-ASCII character escaped."""
    return repr(value)


fn _digit_value(b: Byte) -> Int:
    """The value of a digit in bases up to 36, or 99."""
    var c = Int(b)
    if c >= 48 and c <= 57:
        return c - 48
    if c >= 97 and c <= 122:
        return c - 87
    if c >= 65 and c <= 90:
        return c - 55
    return 99


fn _atol(str: StringSlice[_], base: Int = 10) raises -> Int:
    """The integer `str` spells in `base` (2 to 36, or 0 to read a `0b`,
    `0o` or `0x` prefix), with optional sign, surrounding whitespace and
    `_` between digits."""
    var text = str.strip()
    var p = text.unsafe_ptr()
    var n = text.byte_length()
    var error = String.write(
        "String is not convertible to integer with base ", base, ": '", str, "'"
    )
    if base != 0 and (base < 2 or base > 36):
        raise "Base must be >= 2 and <= 36, or 0."
    var i = 0
    var negative = False
    if i < n and (p[i] == 45 or p[i] == 43):
        negative = p[i] == 45
        i += 1
    var b = base
    if i + 1 < n and p[i] == 48:
        var x = Int(p[i + 1]) | 32
        var prefixed = (x == 98 and (b == 2 or b == 0)) or (
            x == 111 and (b == 8 or b == 0)
        ) or (x == 120 and (b == 16 or b == 0))
        if prefixed:
            b = 2 if x == 98 else (8 if x == 111 else 16)
            i += 2
            if i < n and p[i] == 95:
                i += 1
    if b == 0:
        b = 10
        # Base 0 reads a leading zero only as the number zero.
        if i + 1 < n and p[i] == 48:
            var j = i
            while j < n and (p[j] == 48 or p[j] == 95):
                j += 1
            if j != n:
                raise error
    if i >= n:
        raise error
    var value = 0
    var previous_underscore = False
    var digits = 0
    while i < n:
        if p[i] == 95:
            if previous_underscore or digits == 0:
                raise error
            previous_underscore = True
            i += 1
            continue
        var d = _digit_value(p[i])
        if d >= b:
            raise error
        value = value * b + d
        digits += 1
        previous_underscore = False
        i += 1
    if previous_underscore:
        raise error
    return -value if negative else value


fn atol(str: String, base: Int = 10) raises -> Int:
    return _atol(str.as_string_slice(), base)


fn _atof(str: StringSlice[_]) raises -> Float64:
    """The float `str` spells: `[sign] digits [. digits] [e [sign] digits]`,
    `inf`, `infinity` or `nan`, with surrounding whitespace."""
    var text = str.strip()
    var p = text.unsafe_ptr()
    var n = text.byte_length()
    var error = String.write("String is not convertible to float: '", str, "'")
    var i = 0
    var negative = False
    if i < n and (p[i] == 45 or p[i] == 43):
        negative = p[i] == 45
        i += 1
    var rest = text._sub(i, n).lower()
    var sign: Float64 = -1.0 if negative else 1.0
    if rest == "inf" or rest == "infinity":
        return sign * Float64.MAX * 10.0
    if rest == "nan":
        return Float64(0.0) / Float64(0.0)
    # Digits are read exactly as an integer and a power of ten, and scaled
    # once, so that short decimals round correctly.
    var mantissa: Float64 = 0.0
    var exponent = 0
    var digits = 0
    while i < n and isdigit(p[i]):
        mantissa = mantissa * 10.0 + Float64(Int(p[i]) - 48)
        digits += 1
        i += 1
    if i < n and p[i] == 46:
        i += 1
        while i < n and isdigit(p[i]):
            mantissa = mantissa * 10.0 + Float64(Int(p[i]) - 48)
            exponent -= 1
            digits += 1
            i += 1
    if digits == 0:
        raise error
    if i < n and (p[i] == 101 or p[i] == 69):
        i += 1
        var exp_negative = False
        if i < n and (p[i] == 45 or p[i] == 43):
            exp_negative = p[i] == 45
            i += 1
        if i >= n:
            raise error
        var e = 0
        while i < n and isdigit(p[i]):
            e = e * 10 + Int(p[i]) - 48
            if e > 100000:
                e = 100000
            i += 1
        exponent += -e if exp_negative else e
    if i != n:
        raise error
    return sign * _scale10(mantissa, exponent)


fn atof(str: String) raises -> Float64:
    return _atof(str.as_string_slice())


fn _scale10(value: Float64, exponent: Int) -> Float64:
    """`value * 10**exponent`, dividing for negative exponents (exact for
    the powers of ten a double holds)."""
    var result = value
    var e = exponent
    var power: Float64 = 1.0
    if e >= 0:
        while e > 0:
            power *= 10.0
            e -= 1
            if e > 0 and power > 1e300:
                result *= power
                power = 1.0
        return result * power
    while e < 0:
        power *= 10.0
        e += 1
        if e < 0 and power > 1e300:
            result /= power
            power = 1.0
    return result / power
