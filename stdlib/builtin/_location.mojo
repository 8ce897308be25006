"""Source locations, for messages that say where something happened (the
`testing` module's failures): `_SourceLocation`, `__source_location()` and
`__call_location()`.

`__call_location()` is a compiler hook (docs/compiler/builtins.md): a
function whose body calls it takes its caller's location as a hidden
argument, which every call passes.
"""


@value
struct _SourceLocation(Stringable, Writable):
    """A place in a source file: `file_name:line:col`, 1-based."""

    var line: Int
    var col: Int
    var file_name: StringLiteral

    fn write_to[W: Writer](self, mut writer: W):
        """Writes `file_name:line:col`."""
        writer.write(self.file_name, ":", self.line, ":", self.col)

    fn __str__(self) -> String:
        """`file_name:line:col`."""
        var text = String()
        self.write_to(text)
        return text

    fn prefix[T: Stringable](self, msg: T) -> String:
        """`At file_name:line:col: msg`, how a failure says where."""
        return "At " + str(self) + ": " + str(msg)


fn __source_location() -> _SourceLocation:
    """The location of this call."""
    # This function's call location is the place of the call.
    return __call_location()


fn __call_location[inline_count: Int = 1]() -> _SourceLocation:
    """In a function, the location of the call of that function
    (`inline_count=1`), or of this call itself (`inline_count=0`)."""
    # Never called: the compiler answers `__call_location[...]()` in place.
    # This declaration is what `from builtin._location import
    # __call_location` finds; taken as a value, it is an error.
    return __call_location[inline_count]()
