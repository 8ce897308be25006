# RUN: %mojoc run %s | %FileCheck %s
# `__source_location()` is where it is called; `__call_location()` in a
# function is where that function was called: file:line:col, the column
# where the call expression starts.
from builtin._location import __call_location, __source_location, _SourceLocation


fn where() -> _SourceLocation:
    return __call_location()


fn where_explicit(x: Int) -> _SourceLocation:
    _ = x
    return __call_location[inline_count=1]()


fn here_in_callee() -> _SourceLocation:
    # The hook's own place.
    return __call_location[0]()


fn report(msg: StringLiteral) raises:
    var loc = __call_location()
    raise Error(msg)


fn generic_where[T: Intable](x: T) -> _SourceLocation:
    return __call_location()


fn line_of_call() -> Int:
    return __call_location().line


# Run by the interpreter: the location of the call in the alias.
alias ALIAS_LINE = line_of_call()


@value
struct Checker:
    var id: Int

    fn method(self) -> _SourceLocation:
        return __call_location()


fn main():
    # CHECK: call-location.mojo:[[@LINE+1]]:11
    print(__source_location())
    # CHECK-NEXT: call-location.mojo:[[@LINE+1]]:11
    print(where())
    var loc = where_explicit(1)
    # CHECK-NEXT: [[@LINE-1]] 15
    print(loc.line, loc.col)
    # CHECK-NEXT: call-location.mojo:19:12
    print(here_in_callee())
    var c = Checker(1)
    # CHECK-NEXT: call-location.mojo:[[@LINE+1]]:11
    print(c.method())
    # Indented calls report their own column.
    if loc.line > 0:
        # CHECK-NEXT: call-location.mojo:[[@LINE+1]]:15
        print(where())
    # Each instance of a generic function reads its own call.
    # CHECK-NEXT: call-location.mojo:[[@LINE+1]]:11
    print(generic_where(Int64(2)))
    # CHECK-NEXT: 36
    print(ALIAS_LINE)

    @parameter
    fn closure() -> Int:
        return __call_location().col

    # CHECK-NEXT: 16
    print(1 + closure())
    try:
        report("failed")
    except e:
        # CHECK-NEXT: failed
        print(e)
