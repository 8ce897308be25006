"""`reversed(x)`: an iterator over `x` from its end."""

from collections.list import List, _ListIter
from memory.span import Span, _SpanIter
from builtin.range import ReversibleRange, _StridedRange


fn reversed[T: ReversibleRange](value: T) -> _StridedRange:
    """`value`'s integers, last first: `reversed(range(3))` gives 2, 1, 0."""
    return value.__reversed__()


fn reversed[
    T: CollectionElement, hint_trivial_type: Bool
](ref value: List[T, hint_trivial_type]) -> _ListIter[
    T, hint_trivial_type, __origin_of(value), False
]:
    """A `Pointer` to each of `value`'s elements, last to first."""
    return value.__reversed__()


fn reversed[
    is_mutable: Bool, //, T: CollectionElement, origin: Origin[is_mutable]
](value: Span[T, origin]) -> _SpanIter[T, origin, False]:
    """A `Pointer` to each of `value`'s elements, last to first."""
    return value.__reversed__()
