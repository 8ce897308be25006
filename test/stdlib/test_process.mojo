# Process exits and source locations, run by `mojoc test` (a failing test
# here fails test/Driver/stdlib-suite.mojo).
from builtin._location import __call_location, __source_location, _SourceLocation
from sys import argv, exit


fn _caller() -> _SourceLocation:
    return __call_location()


def test_source_location():
    var here = __source_location()
    if here.line != 12 or here.col != 16:
        raise Error("wrong __source_location()")


def test_call_location():
    var loc = _caller()
    if loc.line != 18 or loc.col != 15:
        raise Error("wrong __call_location()")


fn test_exit_zero_passes():
    exit(0)


def test_debug_assert_safe_passes():
    debug_assert[assert_mode="safe"](True, "never fails")


def test_argv():
    # Under `mojoc test` the program is the test file.
    var args = argv()
    if len(args) < 1 or not String(args[0]).endswith("test_process.mojo"):
        raise Error("argv()[0] is not the test file: " + String(args[0]))
