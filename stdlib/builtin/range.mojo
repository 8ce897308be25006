"""`range`: the integer sequences `for` loops iterate over."""


trait ReversibleRange:
    """A range `reversed` walks backward: its values, last first."""

    fn __reversed__(self) -> _StridedRange:
        ...


@register_passable("trivial")
struct _ZeroStartingRange(ReversibleRange, Sized):
    var curr: Int
    var end: Int

    @always_inline
    fn __init__(out self, end: Int):
        self.curr = 0
        self.end = end if end > 0 else 0

    @always_inline
    fn __iter__(self) -> Self:
        return self

    @always_inline
    fn __has_next__(self) -> Bool:
        return self.curr < self.end

    @always_inline
    fn __next__(mut self) -> Int:
        var value = self.curr
        self.curr += 1
        return value

    @always_inline
    fn __len__(self) -> Int:
        return self.end - self.curr

    fn __reversed__(self) -> _StridedRange:
        """The values left, last first."""
        return _StridedRange(self.end - 1, self.curr - 1, -1)


@register_passable("trivial")
struct _SequentialRange(ReversibleRange, Sized):
    var curr: Int
    var end: Int

    @always_inline
    fn __init__(out self, start: Int, end: Int):
        self.curr = start
        self.end = end if end > start else start

    @always_inline
    fn __iter__(self) -> Self:
        return self

    @always_inline
    fn __has_next__(self) -> Bool:
        return self.curr < self.end

    @always_inline
    fn __next__(mut self) -> Int:
        var value = self.curr
        self.curr += 1
        return value

    @always_inline
    fn __len__(self) -> Int:
        return self.end - self.curr

    fn __reversed__(self) -> _StridedRange:
        """The values left, last first."""
        return _StridedRange(self.end - 1, self.curr - 1, -1)


@register_passable("trivial")
struct _StridedRange(ReversibleRange, Sized):
    var curr: Int
    var end: Int
    var step: Int

    @always_inline
    fn __init__(out self, start: Int, end: Int, step: Int):
        self.curr = start
        self.end = end
        self.step = step

    @always_inline
    fn __iter__(self) -> Self:
        return self

    @always_inline
    fn __has_next__(self) -> Bool:
        if self.step > 0:
            return self.curr < self.end
        if self.step < 0:
            return self.curr > self.end
        return False

    @always_inline
    fn __next__(mut self) -> Int:
        var value = self.curr
        self.curr += self.step
        return value

    @always_inline
    fn __len__(self) -> Int:
        if self.step > 0 and self.curr < self.end:
            return (self.end - self.curr + self.step - 1) // self.step
        if self.step < 0 and self.curr > self.end:
            return (self.curr - self.end - self.step - 1) // (0 - self.step)
        return 0

    fn __reversed__(self) -> _StridedRange:
        """The values left, last first."""
        var n = len(self)
        if n == 0:
            return _StridedRange(0, 0, 1)
        var last = self.curr + (n - 1) * self.step
        return _StridedRange(last, self.curr - self.step, -self.step)


@always_inline
fn range(end: Int) -> _ZeroStartingRange:
    return _ZeroStartingRange(end)


@always_inline
fn range(start: Int, end: Int) -> _SequentialRange:
    return _SequentialRange(start, end)


@always_inline
fn range(start: Int, end: Int, step: Int) -> _StridedRange:
    return _StridedRange(start, end, step)


@register_passable("trivial")
struct _UIntRange:
    """`range` of `UInt`s: `start`, `start + step`, ... below `end`, with
    `step` at least 1 (a `UInt` cannot count down)."""

    var curr: UInt
    var end: UInt
    var step: UInt

    @always_inline
    fn __init__(out self, start: UInt, end: UInt, step: UInt):
        self.curr = start
        self.end = end if end > start else start
        self.step = step if step > 0 else UInt(1)

    @always_inline
    fn __iter__(self) -> Self:
        return self

    @always_inline
    fn __has_next__(self) -> Bool:
        return self.curr < self.end

    @always_inline
    fn __next__(mut self) -> UInt:
        var value = self.curr
        # Stop at `end` rather than wrap past `UInt.MAX`.
        self.curr = self.end if self.end - self.curr <= self.step else self.curr + self.step
        return value

    @always_inline
    fn __len__(self) -> Int:
        """An `Int`, so that `len` takes it (it is `Sized`)."""
        return Int((self.end - self.curr).__ceildiv__(self.step))


@always_inline
fn range(end: UInt) -> _UIntRange:
    return _UIntRange(0, end, 1)


@always_inline
fn range(start: UInt, end: UInt, step: UInt = 1) -> _UIntRange:
    return _UIntRange(start, end, step)
