"""Run-time assertions, switched at compile time by `-D ASSERT=MODE`:

    none   no assertion is checked
    safe   those declared `assert_mode="safe"` are (the default)
    all    every assertion is
    warn   every assertion is, and a failure only prints

A failure writes `At FILE:LINE:COL: Assert Error: MESSAGE` (the place of the
`debug_assert` call) to standard error and aborts. A disabled assertion is
not compiled: its condition and messages are never evaluated.
"""

from builtin._location import __call_location, _SourceLocation
from memory import UnsafePointer
from sys.param_env import env_get_string

alias _ASSERT_MODE = env_get_string["ASSERT", "safe"]()


fn _same_text(a: StringLiteral, b: StringLiteral) -> Bool:
    """Whether `a` and `b` hold the same bytes; it runs at compile time."""
    if a.length != b.length:
        return False
    var pa = UnsafePointer[UInt8](a.ptr)
    var pb = UnsafePointer[UInt8](b.ptr)
    for i in range(a.length):
        if pa[i] != pb[i]:
            return False
    return True


fn _checks[assert_mode: StringLiteral]() -> Bool:
    """Whether an assertion declared with `assert_mode` is checked."""
    if _same_text(_ASSERT_MODE, "all") or _same_text(_ASSERT_MODE, "warn"):
        return True
    return _same_text(_ASSERT_MODE, "safe") and _same_text(assert_mode, "safe")


@always_inline
fn debug_assert[
    cond: fn () capturing [_] -> Bool,
    assert_mode: StringLiteral = "none",
    cpu_only: Bool = False,
    *Ts: Writable,
](*messages: *Ts):
    """Checks `cond()` when assertions of `assert_mode` are on; on failure,
    reports `messages` (written one after another) and aborts."""

    @parameter
    if _checks[assert_mode]():
        if not cond():
            var err = FileDescriptor(2)
            _report_start(err, __call_location())

            @parameter
            for i in range(messages.__len__()):
                messages[i].write_to(err)
            _report_end(err)


@always_inline
fn debug_assert[
    assert_mode: StringLiteral = "none",
    cpu_only: Bool = False,
    *Ts: Writable,
](cond: Bool, *messages: *Ts):
    """Checks `cond` when assertions of `assert_mode` are on; on failure,
    reports `messages` (written one after another) and aborts."""

    @parameter
    if _checks[assert_mode]():
        if not cond:
            var err = FileDescriptor(2)
            _report_start(err, __call_location())

            @parameter
            for i in range(messages.__len__()):
                messages[i].write_to(err)
            _report_end(err)


fn _report_start(mut err: FileDescriptor, location: _SourceLocation):
    err.write("At ", location)

    @parameter
    if _same_text(_ASSERT_MODE, "warn"):
        err.write(": Assert Warning: ")
    else:
        err.write(": Assert Error: ")


fn _report_end(mut err: FileDescriptor):
    err.write("\n")

    @parameter
    if not _same_text(_ASSERT_MODE, "warn"):
        abort()
