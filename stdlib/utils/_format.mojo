"""`String.format`'s engine: `{}`, `{0}`, `{!s}`, `{!r}`, `{{`, `}}`.

The arguments are a pack, indexed only at compile time, while the
format string is read at run time; so each argument's `str` and `repr`
are computed first, and the format string then picks among them.
"""

from utils.string_slice import StringSlice
from collections.string import _atol
from builtin.str import _CurlyEntryFormattable


struct _FormatEntries:
    """The text forms of `format`'s arguments, in order."""

    var strs: List[String]
    var reprs: List[String]

    fn __init__(out self):
        self.strs = List[String]()
        self.reprs = List[String]()

    fn add[T: _CurlyEntryFormattable](mut self, value: T):
        self.strs.append(str(value))
        self.reprs.append(repr(value))

    fn format(self, fmt: StringSlice[_]) raises -> String:
        var out = String(capacity=fmt.byte_length())
        var p = fmt.unsafe_ptr()
        var n = fmt.byte_length()
        var i = 0
        var start = 0
        var automatic = 0
        var manual = False
        var uses_automatic = False
        while i < n:
            if p[i] == 123:  # {
                out += fmt._sub(start, i)
                if i + 1 < n and p[i + 1] == 123:
                    out += "{"
                    i += 2
                    start = i
                    continue
                var close = fmt.find("}", i)
                if close < 0:
                    raise "Index -1 not in *args"
                var field = fmt._sub(i + 1, close)
                var conversion = 0  # 0: str, 1: repr
                var bang = field.find("!")
                var colon = field.find(":")
                var name_end = bang if bang >= 0 else (colon if colon >= 0 else field.byte_length())
                if bang >= 0:
                    var conv = field._sub(bang + 1, colon if colon > bang else field.byte_length())
                    if conv == "r":
                        conversion = 1
                    elif conv != "s":
                        raise String.write("Conversion flag \"", conv, "\" not recognised.")
                var name = field._sub(0, name_end)
                var index: Int
                if name.byte_length() == 0:
                    if manual:
                        raise "Cannot both use manual and automatic indexing for *args."
                    index = automatic
                    automatic += 1
                    uses_automatic = True
                else:
                    if uses_automatic:
                        raise "Cannot both use manual and automatic indexing for *args."
                    index = _atol(name)
                    manual = True
                if index < 0 or index >= len(self.strs):
                    raise String.write("Index ", index, " not in *args")
                out += self.reprs[index] if conversion == 1 else self.strs[index]
                i = close + 1
                start = i
            elif p[i] == 125:  # }
                out += fmt._sub(start, i)
                if i + 1 < n and p[i + 1] == 125:
                    out += "}"
                    i += 2
                    start = i
                    continue
                raise "Single '}' encountered in format string"
            else:
                i += 1
        out += fmt._sub(start, n)
        return out^
