"""Assertions for tests: `from testing import assert_equal, ...`.

Each assertion raises an `Error` whose text says where the failing call is
(`At file:line:col: AssertionError: ...`), as Mojo 24.6 writes it. The
place is the caller's: each assertion reads `__call_location()`, which the
compiler passes from every call (docs/compiler/builtins.md), unless the
caller gives its own `location=`.
"""

from builtin._location import _SourceLocation, __call_location
from collections.optional import Optional


trait Testable(EqualityComparable, Stringable):
    """A value `assert_equal` can compare and show."""
    pass


trait TestableCollectionElement(CollectionElement, EqualityComparable, Representable):
    """An element of a `List` `assert_equal` can compare and show."""
    pass


@always_inline
fn _assert_error[T: Stringable](msg: T, loc: _SourceLocation) -> String:
    return loc.prefix("AssertionError: " + str(msg))


fn _assert_cmp_error[
    cmp: StringLiteral
](lhs: String, rhs: String, *, msg: String, loc: _SourceLocation) -> String:
    """`<cmp> failed:` with the two sides, and the reason when given."""
    var err = String(cmp) + " failed:\n   left: " + lhs + "\n  right: " + rhs
    if msg:
        err += "\n  reason: " + msg
    return _assert_error(err, loc)


# Truth.


@always_inline
fn assert_true[
    T: Boolable, //
](
    val: T,
    msg: String = "condition was unexpectedly False",
    *,
    location: Optional[_SourceLocation] = None,
) raises:
    if not val.__bool__():
        raise _assert_error(msg, location.or_else(__call_location()))


@always_inline
fn assert_false[
    T: Boolable, //
](
    val: T,
    msg: String = "condition was unexpectedly True",
    *,
    location: Optional[_SourceLocation] = None,
) raises:
    if val.__bool__():
        raise _assert_error(msg, location.or_else(__call_location()))


# Equality.


@always_inline
fn assert_equal[
    T: Testable
](lhs: T, rhs: T, msg: String = "", *, location: Optional[_SourceLocation] = None) raises:
    if lhs != rhs:
        raise _assert_cmp_error["`left == right` comparison"](
            str(lhs), str(rhs), msg=msg, loc=location.or_else(__call_location())
        )


@always_inline
fn assert_equal(
    lhs: String, rhs: String, msg: String = "", *, location: Optional[_SourceLocation] = None
) raises:
    if lhs != rhs:
        raise _assert_cmp_error["`left == right` comparison"](
            lhs, rhs, msg=msg, loc=location.or_else(__call_location())
        )


@always_inline
fn assert_equal[
    type: DType, size: Int
](
    lhs: SIMD[type, size],
    rhs: SIMD[type, size],
    msg: String = "",
    *,
    location: Optional[_SourceLocation] = None,
) raises:
    if any(lhs != rhs):
        raise _assert_cmp_error["`left == right` comparison"](
            str(lhs), str(rhs), msg=msg, loc=location.or_else(__call_location())
        )


@always_inline
fn assert_equal[
    T: TestableCollectionElement
](
    lhs: List[T],
    rhs: List[T],
    msg: String = "",
    *,
    location: Optional[_SourceLocation] = None,
) raises:
    if not _lists_equal(lhs, rhs):
        raise _assert_cmp_error["`left == right` comparison"](
            _list_repr(lhs), _list_repr(rhs), msg=msg, loc=location.or_else(__call_location())
        )


@always_inline
fn assert_not_equal[
    T: Testable
](lhs: T, rhs: T, msg: String = "", *, location: Optional[_SourceLocation] = None) raises:
    if lhs == rhs:
        raise _assert_cmp_error["`left != right` comparison"](
            str(lhs), str(rhs), msg=msg, loc=location.or_else(__call_location())
        )


@always_inline
fn assert_not_equal(
    lhs: String, rhs: String, msg: String = "", *, location: Optional[_SourceLocation] = None
) raises:
    if lhs == rhs:
        raise _assert_cmp_error["`left != right` comparison"](
            lhs, rhs, msg=msg, loc=location.or_else(__call_location())
        )


@always_inline
fn assert_not_equal[
    type: DType, size: Int
](
    lhs: SIMD[type, size],
    rhs: SIMD[type, size],
    msg: String = "",
    *,
    location: Optional[_SourceLocation] = None,
) raises:
    if all(lhs == rhs):
        raise _assert_cmp_error["`left != right` comparison"](
            str(lhs), str(rhs), msg=msg, loc=location.or_else(__call_location())
        )


@always_inline
fn assert_not_equal[
    T: TestableCollectionElement
](
    lhs: List[T],
    rhs: List[T],
    msg: String = "",
    *,
    location: Optional[_SourceLocation] = None,
) raises:
    if _lists_equal(lhs, rhs):
        raise _assert_cmp_error["`left != right` comparison"](
            _list_repr(lhs), _list_repr(rhs), msg=msg, loc=location.or_else(__call_location())
        )


fn _lists_equal[T: TestableCollectionElement](lhs: List[T], rhs: List[T]) -> Bool:
    if len(lhs) != len(rhs):
        return False
    for i in range(len(lhs)):
        if lhs[i] != rhs[i]:
            return False
    return True


fn _list_repr[T: TestableCollectionElement](list: List[T]) -> String:
    """`[a, b]`, each element's `repr`."""
    var out = String("[")
    for i in range(len(list)):
        if i != 0:
            out += ", "
        out += repr(list[i])
    out += "]"
    return out^


# Closeness.


@always_inline
fn assert_almost_equal[
    type: DType, size: Int
](
    lhs: SIMD[type, size],
    rhs: SIMD[type, size],
    msg: String = "",
    *,
    atol: Scalar[type] = 1e-08,
    rtol: Scalar[type] = 1e-05,
    equal_nan: Bool = False,
    location: Optional[_SourceLocation] = None,
) raises:
    """Passes when every lane has `|lhs - rhs| <= atol + rtol * |rhs|`
    (with `equal_nan`, two NaNs are close)."""
    var close = True
    for i in range(size):
        var a = lhs[i]
        var b = rhs[i]
        @parameter
        if type.is_floating_point():
            if a != a or b != b:
                close = close and equal_nan and a != a and b != b
                continue
            if a == b:  # Infinities of one sign.
                continue
        var diff = a - b if a > b else b - a
        var magnitude = b if b >= 0 else -b
        if not (diff <= atol + rtol * magnitude):
            close = False
    if not close:
        var err = str(lhs) + " is not close to " + str(rhs)
        @parameter
        if type.is_integral() or type.is_floating_point():
            var diff = lhs - rhs
            err += " with a diff of " + str(diff if all(diff >= 0) else -diff)
        if msg:
            err += " (" + msg + ")"
        raise _assert_error(err, location.or_else(__call_location()))


# Identity.


@always_inline
fn assert_is[
    T: StringableIdentifiable
](lhs: T, rhs: T, msg: String = "", *, location: Optional[_SourceLocation] = None) raises:
    if lhs is not rhs:
        raise _assert_cmp_error["`left is right` identification"](
            str(lhs), str(rhs), msg=msg, loc=location.or_else(__call_location())
        )


@always_inline
fn assert_is_not[
    T: StringableIdentifiable
](lhs: T, rhs: T, msg: String = "", *, location: Optional[_SourceLocation] = None) raises:
    if lhs is rhs:
        raise _assert_cmp_error["`left is not right` identification"](
            str(lhs), str(rhs), msg=msg, loc=location.or_else(__call_location())
        )


trait StringableIdentifiable(Identifiable, Stringable):
    pass


# Raising.


struct assert_raises:
    """A context manager that passes when its body raises (an error whose
    text holds `contains`, when given), and fails when it does not:

        with assert_raises(contains="empty"):
            _ = items.pop()
    """

    var call_location: _SourceLocation
    var message_contains: Optional[String]

    @always_inline
    fn __init__(out self, *, location: Optional[_SourceLocation] = None):
        self.call_location = location.or_else(__call_location())
        self.message_contains = None

    @always_inline
    fn __init__(out self, *, contains: String, location: Optional[_SourceLocation] = None):
        self.call_location = location.or_else(__call_location())
        self.message_contains = contains

    fn __enter__(self):
        pass

    fn __exit__(self) raises:
        """The body did not raise: that is the failure."""
        raise Error("AssertionError: Didn't raise at " + str(self.call_location))

    fn __exit__(self, error: Error) raises -> Bool:
        """Swallows `error` when it is the one expected; otherwise returns
        False, which re-raises it."""
        if self.message_contains:
            return self.message_contains.value() in str(error)
        return True
