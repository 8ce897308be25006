"""`Slice`: the value `x[start:end:step]` passes to `__getitem__`.

The compiler builds one for each `a:b:c` in a subscript (the `Slice` hook,
docs/compiler/builtins.md), with a missing bound as `None`. `indices`
applies it to a sequence of a given length, as Python's `slice.indices`.
"""

from collections.optional import Optional


struct Slice(
    CollectionElement, EqualityComparable, Representable, Stringable, Writable
):
    """`start:end:step`, each bound optional."""

    var start: Optional[Int]
    var end: Optional[Int]
    var step: Optional[Int]

    fn __init__(out self, start: Int, end: Int):
        """`start:end`."""
        self.start = start
        self.end = end
        self.step = None

    fn __init__(
        out self,
        start: Optional[Int],
        end: Optional[Int],
        step: Optional[Int],
    ):
        """`start:end:step`, any of them `None`."""
        self.start = start
        self.end = end
        self.step = step

    fn __init__(out self, *, other: Self):
        self = Self(other.start, other.end, other.step)

    fn __copyinit__(out self, existing: Self):
        self = Self(existing.start, existing.end, existing.step)

    fn __moveinit__(out self, owned existing: Self):
        self.start = existing.start^
        self.end = existing.end^
        self.step = existing.step^

    fn __eq__(self, other: Self) -> Bool:
        return (
            _same(self.start, other.start)
            and _same(self.end, other.end)
            and _same(self.step, other.step)
        )

    fn __ne__(self, other: Self) -> Bool:
        return not (self == other)

    fn __str__(self) -> String:
        return String.write(self)

    fn __repr__(self) -> String:
        return String.write(self)

    fn write_to[W: Writer](self, mut writer: W):
        """`slice(1, 5, None)`, as Python prints one."""
        writer.write("slice(")
        _write_bound(writer, self.start)
        writer.write(", ")
        _write_bound(writer, self.end)
        writer.write(", ")
        _write_bound(writer, self.step)
        writer.write(")")

    fn indices(self, length: Int) -> (Int, Int, Int):
        """`(start, end, step)` for a sequence of `length` elements: a
        negative bound counts from the end, a missing one is the end the
        step starts or stops at, and both are clamped to the sequence
        (`slice(None, None, -1).indices(5)` is `(4, -1, -1)`)."""
        var step = self.step.or_else(1)
        var lower = -1 if step < 0 else 0
        var upper = length - 1 if step < 0 else length
        var start = _bound(self.start, length, lower, upper, upper if step < 0 else lower)
        var end = _bound(self.end, length, lower, upper, lower if step < 0 else upper)
        return start, end, step


fn _same(a: Optional[Int], b: Optional[Int]) -> Bool:
    """Whether both are `None`, or both hold the same value."""
    if a and b:
        return a.value() == b.value()
    return Bool(a) == Bool(b)


fn _write_bound[W: Writer](mut writer: W, bound: Optional[Int]):
    if bound:
        writer.write(bound.value())
    else:
        writer.write("None")


fn _bound(
    bound: Optional[Int], length: Int, lower: Int, upper: Int, default: Int
) -> Int:
    """One bound of `Slice.indices`: wrapped, clamped to `[lower, upper]`."""
    if not bound:
        return default
    var value = bound.value()
    if value < 0:
        value += length
    if value < lower:
        return lower
    if value > upper:
        return upper
    return value


fn slice(end: Int) -> Slice:
    """`:end`."""
    return Slice(None, end, None)


fn slice(start: Int, end: Int) -> Slice:
    """`start:end`."""
    return Slice(start, end)


fn slice(start: Optional[Int], end: Optional[Int], step: Optional[Int]) -> Slice:
    """`start:end:step`."""
    return Slice(start, end, step)
