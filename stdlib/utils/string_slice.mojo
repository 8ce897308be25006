"""`StringSlice[origin]`: a view of UTF-8 text someone else owns.

The text algorithms of every string type live here, over a pointer and a
byte count: `String`, `StringLiteral` and `StringRef` view themselves as a
slice and call these. They are plain loops, so that they also run at
compile time.
"""

from memory import UnsafePointer, memcpy
from memory.span import Span
from collections.string import _atol, _atof
from utils.stringref import StringRef
from utils._format import _FormatEntries
from builtin.str import _CurlyEntryFormattable


# A slice of text in static memory: what a string literal views.
alias StaticString = StringSlice[StaticConstantOrigin]


@always_inline
fn _memchr(ptr: UnsafePointer[Byte], byte: Byte, length: Int) -> Int:
    """The offset of the first `byte` in `length` bytes at `ptr`, or -1."""
    for i in range(length):
        if ptr[i] == byte:
            return i
    return -1


@always_inline
fn _memeq(a: UnsafePointer[Byte], b: UnsafePointer[Byte], length: Int) -> Bool:
    for i in range(length):
        if a[i] != b[i]:
            return False
    return True


fn _compare(a: UnsafePointer[Byte], an: Int, b: UnsafePointer[Byte], bn: Int) -> Int:
    """Negative, zero or positive as `a` sorts before, with or after `b`,
    byte by byte."""
    var n = an if an < bn else bn
    for i in range(n):
        if a[i] != b[i]:
            return Int(a[i]) - Int(b[i])
    return an - bn


fn _find(
    hay: UnsafePointer[Byte], hay_len: Int, needle: UnsafePointer[Byte], needle_len: Int, start: Int
) -> Int:
    """The offset of the first `needle` at or after `start`, or -1."""
    if needle_len == 0:
        return start if start <= hay_len else -1
    var at = start
    var last = hay_len - needle_len
    var first = needle[0]
    while at <= last:
        var hit = _memchr(hay + at, first, last - at + 1)
        if hit < 0:
            return -1
        at += hit
        if _memeq(hay + at + 1, needle + 1, needle_len - 1):
            return at
        at += 1
    return -1


fn _rfind(
    hay: UnsafePointer[Byte], hay_len: Int, needle: UnsafePointer[Byte], needle_len: Int, start: Int
) -> Int:
    """The offset of the last `needle` starting at or after `start`, or
    -1."""
    var at = hay_len - needle_len
    while at >= start:
        if _memeq(hay + at, needle, needle_len):
            return at
        at -= 1
    return -1


@always_inline
fn _utf8_width(lead: Byte) -> Int:
    """The bytes of the UTF-8 sequence `lead` begins (1 for a stray
    continuation byte, so a walk always advances)."""
    var b = Int(lead)
    if b < 0x80:
        return 1
    if b < 0xC0:
        return 1
    if b < 0xE0:
        return 2
    if b < 0xF0:
        return 3
    return 4


@always_inline
fn _is_space(b: Byte) -> Bool:
    """ASCII whitespace: space, `\\t`, `\\n`, `\\v`, `\\f`, `\\r`, and the
    file/group/record separators Python also splits on."""
    var c = Int(b)
    return c == 32 or (c >= 9 and c <= 13) or (c >= 28 and c <= 31)


@register_passable("trivial")
struct StringSlice[is_mutable: Bool, //, origin: Origin[is_mutable]](
    Boolable,
    CollectionElement,
    CollectionElementNew,
    Hashable,
    Sized,
    Stringable,
    Representable,
    Writable,
):
    """Borrowed UTF-8 text: a pointer and a byte length, passed in
    registers (`print`'s `sep` and `end` are slices)."""

    var _slice: Span[Byte, origin]

    # Construction.

    @always_inline
    @implicit
    fn __init__(out self, lit: StringLiteral):
        self._slice = Span[Byte, origin](ptr=lit.unsafe_ptr(), length=lit.length)

    @always_inline
    @implicit
    fn __init__(out self, ref value: String):
        self._slice = Span[Byte, origin](ptr=value.unsafe_ptr(), length=value.byte_length())

    @always_inline
    fn __init__(out self, *, unsafe_from_utf8: Span[Byte, origin]):
        self._slice = unsafe_from_utf8

    @always_inline
    fn __init__(out self, *, unsafe_from_utf8_strref: StringRef):
        self._slice = Span[Byte, origin](ptr=unsafe_from_utf8_strref.data, length=unsafe_from_utf8_strref.length)

    @always_inline
    fn __init__(out self, *, ptr: UnsafePointer[Byte], length: Int):
        self._slice = Span[Byte, origin](ptr=ptr, length=length)

    @always_inline
    fn __init__(out self, *, other: Self):
        self._slice = other._slice

    # Bytes.

    @always_inline
    fn unsafe_ptr(self) -> UnsafePointer[Byte]:
        return self._slice.unsafe_ptr()

    @always_inline
    fn byte_length(self) -> Int:
        return len(self._slice)

    @always_inline
    fn __len__(self) -> Int:
        """The length in bytes."""
        return len(self._slice)

    @always_inline
    fn __bool__(self) -> Bool:
        return len(self._slice) != 0

    @always_inline
    fn as_bytes(self) -> Span[Byte, origin]:
        return self._slice

    fn _sub(self, start: Int, end: Int) -> Self:
        """Bytes `start` to `end`, which must be in range."""
        return Self(ptr=self.unsafe_ptr() + start, length=end - start)

    # Conversions.

    fn __hash__(self) -> UInt:
        """The hash of the bytes, as every string type's."""
        return hash(self.unsafe_ptr(), self.byte_length())

    fn __str__(self) -> String:
        return String(self)

    fn __repr__(self) -> String:
        """The text in single quotes (double when it holds a single
        quote and no double one), with `\\`, quotes and control bytes
        escaped as Python does."""
        var quote = "'"
        if self.find("'") >= 0 and self.find('"') < 0:
            quote = '"'
        var out = String(capacity=self.byte_length() + 2)
        out += quote
        var p = self.unsafe_ptr()
        for i in range(self.byte_length()):
            var c = Int(p[i])
            if c == 92:
                out += "\\\\"
            elif c == 10:
                out += "\\n"
            elif c == 9:
                out += "\\t"
            elif c == 13:
                out += "\\r"
            elif c == Int(quote.unsafe_ptr()[0]):
                out += "\\"
                out += quote
            elif c < 32 or c == 127:
                out += "\\x"
                out._append_byte(_hex_digit(c >> 4))
                out._append_byte(_hex_digit(c & 15))
            else:
                out._append_byte(p[i])
        out += quote
        return out^

    fn __int__(self) raises -> Int:
        return _atol(self)

    fn __float__(self) raises -> Float64:
        return _atof(self)

    fn write_to[W: Writer](self, mut writer: W):
        writer.write_bytes(self._slice)

    # Comparisons, byte by byte.

    fn __eq__(self, rhs: StringSlice[_]) -> Bool:
        return self.byte_length() == rhs.byte_length() and _memeq(
            self.unsafe_ptr(), rhs.unsafe_ptr(), self.byte_length()
        )

    fn __ne__(self, rhs: StringSlice[_]) -> Bool:
        return not self == rhs

    fn __lt__(self, rhs: StringSlice[_]) -> Bool:
        return _compare(self.unsafe_ptr(), self.byte_length(), rhs.unsafe_ptr(), rhs.byte_length()) < 0

    fn __contains__(self, substr: StringSlice[_]) -> Bool:
        return self.find(substr) >= 0

    # Indexing and iteration.

    fn __getitem__(self, idx: Int) -> String:
        """Byte `idx` (negative: from the end) as a one-byte string."""
        var at = idx + self.byte_length() if idx < 0 else idx
        return String(self._sub(at, at + 1))

    fn __getitem__(self, span: Slice) -> String:
        """The bytes `span` selects (`s[1:3]`, `s[::-1]`, `s[-2:]`), as a
        new string."""
        var bounds = span.indices(self.byte_length())
        var start = bounds[0]
        var end = bounds[1]
        var step = bounds[2]
        if step == 1:
            return String(self._sub(start, end if end > start else start))
        var out = String()
        var p = self.unsafe_ptr()
        var i = start
        while (step > 0 and i < end) or (step < 0 and i > end):
            out._append_byte(p[i])
            i += step
        return out^

    fn __iter__(self) -> _StringSliceIter[origin]:
        """Yields each code point as a slice of its bytes."""
        return _StringSliceIter[origin](self.unsafe_ptr(), self.byte_length())

    fn __reversed__(self) -> _StringSliceIter[origin]:
        """Yields each code point as a slice of its bytes, last first."""
        return _StringSliceIter[origin](
            self.unsafe_ptr(), self.byte_length(), forward=False
        )

    fn format[*Ts: _CurlyEntryFormattable](self, *args: *Ts) raises -> String:
        """`String.format` over this text."""
        var entries = _FormatEntries()

        @parameter
        for i in range(args.__len__()):
            entries.add(args[i])
        return entries.format(self)

    fn __mul__(self, n: Int) -> String:
        var out = String(capacity=self.byte_length() * n if n > 0 else 0)
        for _ in range(n):
            out += self
        return out^

    # Searching.

    fn find(self, substr: StringSlice[_], start: Int = 0) -> Int:
        """The byte offset of the first `substr` at or after `start`
        (negative: from the end), or -1."""
        var begin = start + self.byte_length() if start < 0 else start
        if begin < 0:
            begin = 0
        return _find(self.unsafe_ptr(), self.byte_length(), substr.unsafe_ptr(), substr.byte_length(), begin)

    fn rfind(self, substr: StringSlice[_], start: Int = 0) -> Int:
        """The byte offset of the last `substr` at or after `start`, or
        -1."""
        var begin = start + self.byte_length() if start < 0 else start
        if begin < 0:
            begin = 0
        return _rfind(self.unsafe_ptr(), self.byte_length(), substr.unsafe_ptr(), substr.byte_length(), begin)

    fn count(self, substr: StringSlice[_]) -> Int:
        """Non-overlapping occurrences of `substr`."""
        if substr.byte_length() == 0:
            return self.byte_length() + 1
        var n = 0
        var at = self.find(substr)
        while at >= 0:
            n += 1
            at = self.find(substr, at + substr.byte_length())
        return n

    fn _bounds(self, start: Int, end: Int) -> (Int, Int):
        """`start` and `end` (-1: the end) clamped to the slice."""
        var n = self.byte_length()
        var s = start + n if start < 0 else start
        var e = n if end == -1 else (end + n if end < 0 else end)
        s = 0 if s < 0 else (n if s > n else s)
        e = 0 if e < 0 else (n if e > n else e)
        return (s, e)

    fn startswith(self, prefix: StringSlice[_], start: Int = 0, end: Int = -1) -> Bool:
        var s: Int
        var e: Int
        s, e = self._bounds(start, end)
        return e - s >= prefix.byte_length() and _memeq(
            self.unsafe_ptr() + s, prefix.unsafe_ptr(), prefix.byte_length()
        )

    fn endswith(self, suffix: StringSlice[_], start: Int = 0, end: Int = -1) -> Bool:
        var s: Int
        var e: Int
        s, e = self._bounds(start, end)
        return e - s >= suffix.byte_length() and _memeq(
            self.unsafe_ptr() + e - suffix.byte_length(), suffix.unsafe_ptr(), suffix.byte_length()
        )

    # Trimming: views of this slice's bytes.

    fn strip(self) -> Self:
        return self.lstrip().rstrip()

    fn strip(self, chars: StringSlice[_]) -> Self:
        return self.lstrip(chars).rstrip(chars)

    fn lstrip(self) -> Self:
        var p = self.unsafe_ptr()
        var s = 0
        while s < self.byte_length() and _is_space(p[s]):
            s += 1
        return self._sub(s, self.byte_length())

    fn rstrip(self) -> Self:
        var p = self.unsafe_ptr()
        var e = self.byte_length()
        while e > 0 and _is_space(p[e - 1]):
            e -= 1
        return self._sub(0, e)

    fn lstrip(self, chars: StringSlice[_]) -> Self:
        var p = self.unsafe_ptr()
        var s = 0
        while s < self.byte_length() and _memchr(chars.unsafe_ptr(), p[s], chars.byte_length()) >= 0:
            s += 1
        return self._sub(s, self.byte_length())

    fn rstrip(self, chars: StringSlice[_]) -> Self:
        var p = self.unsafe_ptr()
        var e = self.byte_length()
        while e > 0 and _memchr(chars.unsafe_ptr(), p[e - 1], chars.byte_length()) >= 0:
            e -= 1
        return self._sub(0, e)

    # Splitting and replacing: new strings.

    fn split(self, sep: StringSlice[_], maxsplit: Int = -1) raises -> List[String]:
        """The pieces between occurrences of `sep`, at most `maxsplit + 1`
        of them when `maxsplit` is not negative."""
        if sep.byte_length() == 0:
            raise "ValueError: empty separator"
        var out = List[String]()
        var at = 0
        var splits = 0
        while maxsplit < 0 or splits < maxsplit:
            var hit = self.find(sep, at)
            if hit < 0:
                break
            out.append(String(self._sub(at, hit)))
            at = hit + sep.byte_length()
            splits += 1
        out.append(String(self._sub(at, self.byte_length())))
        return out^

    fn split(self, sep: NoneType = None, maxsplit: Int = -1) -> List[String]:
        """The runs of text between runs of whitespace; no empty pieces."""
        var out = List[String]()
        var p = self.unsafe_ptr()
        var n = self.byte_length()
        var at = 0
        while True:
            while at < n and _is_space(p[at]):
                at += 1
            if at == n:
                break
            if maxsplit >= 0 and len(out) == maxsplit:
                out.append(String(self._sub(at, n).rstrip()))
                break
            var end = at
            while end < n and not _is_space(p[end]):
                end += 1
            out.append(String(self._sub(at, end)))
            at = end
        return out^

    fn splitlines(self, keepends: Bool = False) -> List[StringSlice[origin]]:
        """The lines, as views, split at Python's universal newlines
        (`\\n`, `\\r\\n`, `\\r`, `\\v`, `\\f`, `\\x1c`-`\\x1e`, `\\x85`,
        `\\u2028`, `\\u2029`); `keepends` keeps each line's break."""
        var out = List[StringSlice[origin]]()
        var p = self.unsafe_ptr()
        var n = self.byte_length()
        var at = 0
        while at < n:
            var end = at
            var width = 0
            while end < n:
                width = _newline_width(p, end, n)
                if width > 0:
                    break
                end += 1
            out.append(self._sub(at, end + width if keepends else end))
            at = end + width
        return out^

    fn _splitlines_strings(self, keepends: Bool) -> List[String]:
        """`splitlines`, each line copied: what `String`'s returns."""
        var out = List[String]()
        for line in self.splitlines(keepends):
            out.append(String(line[]))
        return out^

    fn isnewline[single_character: Bool = False](self) -> Bool:
        """Whether the text is one or more universal newlines (`\\r\\n`
        counts as one); with `single_character`, whether it is exactly
        one."""
        var p = self.unsafe_ptr()
        var n = self.byte_length()
        if n == 0:
            return False
        var at = 0
        while at < n:
            var width = _newline_width(p, at, n)
            if width == 0:
                return False
            at += width
            @parameter
            if single_character:
                return at == n
        return True

    fn replace(self, old: StringSlice[_], new: StringSlice[_]) -> String:
        """A copy with every `old` replaced by `new`."""
        if old.byte_length() == 0:
            return String(self)
        var out = String(capacity=self.byte_length())
        var at = 0
        while True:
            var hit = self.find(old, at)
            if hit < 0:
                break
            out += self._sub(at, hit)
            out += new
            at = hit + old.byte_length()
        out += self._sub(at, self.byte_length())
        return out^

    # Cases and classes of characters (ASCII).

    fn lower(self) -> String:
        var out = String(self)
        var p = out.unsafe_ptr()
        for i in range(out.byte_length()):
            if p[i] >= 65 and p[i] <= 90:
                p[i] += 32
        return out^

    fn upper(self) -> String:
        var out = String(self)
        var p = out.unsafe_ptr()
        for i in range(out.byte_length()):
            if p[i] >= 97 and p[i] <= 122:
                p[i] -= 32
        return out^

    fn isspace(self) -> Bool:
        """Whether the text is non-empty and all whitespace."""
        if self.byte_length() == 0:
            return False
        for i in range(self.byte_length()):
            if not _is_space(self.unsafe_ptr()[i]):
                return False
        return True

    fn isdigit(self) -> Bool:
        """Whether the text is non-empty and all ASCII digits."""
        if self.byte_length() == 0:
            return False
        for i in range(self.byte_length()):
            if not isdigit(self.unsafe_ptr()[i]):
                return False
        return True

    fn isupper(self) -> Bool:
        """Whether the text has a cased character and no lowercase one."""
        var cased = False
        for i in range(self.byte_length()):
            var c = self.unsafe_ptr()[i]
            if islower(c):
                return False
            cased = cased or isupper(c)
        return cased

    fn islower(self) -> Bool:
        """Whether the text has a cased character and no uppercase one."""
        var cased = False
        for i in range(self.byte_length()):
            var c = self.unsafe_ptr()[i]
            if isupper(c):
                return False
            cased = cased or islower(c)
        return cased

    fn isprintable(self) -> Bool:
        for i in range(self.byte_length()):
            if not isprintable(self.unsafe_ptr()[i]):
                return False
        return True


fn _newline_width(p: UnsafePointer[Byte], at: Int, n: Int) -> Int:
    """The byte length of the universal newline at `p[at]`, or 0."""
    var b = Int(p[at])
    if b == 13:
        return 2 if at + 1 < n and p[at + 1] == 10 else 1
    if b == 10 or b == 11 or b == 12 or (b >= 28 and b <= 30):
        return 1
    if b == 0xC2 and at + 1 < n and p[at + 1] == 0x85:  # NEL
        return 2
    if b == 0xE2 and at + 2 < n and p[at + 1] == 0x80:  # LS, PS
        var c = Int(p[at + 2])
        return 3 if c == 0xA8 or c == 0xA9 else 0
    return 0


fn _hex_digit(d: Int) -> Byte:
    return "0123456789abcdef".unsafe_ptr()[d]


@value
struct _StringSliceIter[is_mutable: Bool, //, origin: Origin[is_mutable]]:
    """Walks text one code point at a time, forward or (`__reversed__`)
    backward. `index` is where the next step starts: forward it walks
    `[index, length)`, backward `[0, index)`."""

    var ptr: UnsafePointer[Byte]
    var length: Int
    var index: Int
    var forward: Bool

    fn __init__(out self, ptr: UnsafePointer[Byte], length: Int, *, forward: Bool = True):
        self.ptr = ptr
        self.length = length
        self.index = 0 if forward else length
        self.forward = forward

    fn __iter__(self) -> Self:
        return self

    fn __has_next__(self) -> Bool:
        return self.index < self.length if self.forward else self.index > 0

    fn __len__(self) -> Int:
        """The code points left."""
        var n = 0
        var at = self.index if self.forward else 0
        var end = self.length if self.forward else self.index
        while at < end:
            at += _utf8_width(self.ptr[at])
            n += 1
        return n

    fn __next__(mut self) -> StringSlice[origin]:
        if not self.forward:
            var end = self.index
            self.index -= 1
            # Back over continuation bytes (0b10xxxxxx) to the lead byte.
            while self.index > 0 and (self.ptr[self.index] & 0xC0) == 0x80:
                self.index -= 1
            return StringSlice[origin](ptr=self.ptr + self.index, length=end - self.index)
        var width = _utf8_width(self.ptr[self.index])
        var piece = StringSlice[origin](ptr=self.ptr + self.index, length=width)
        self.index += width
        return piece


# Byte classes, as `collections.string` exports them.


@always_inline
fn isdigit(c: UInt8) -> Bool:
    return c >= 48 and c <= 57


@always_inline
fn isupper(c: UInt8) -> Bool:
    return c >= 65 and c <= 90


@always_inline
fn islower(c: UInt8) -> Bool:
    return c >= 97 and c <= 122


@always_inline
fn isprintable(c: UInt8) -> Bool:
    return c >= 32 and c < 127
