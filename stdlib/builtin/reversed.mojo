"""`reversed(x)`: an iterator over `x` from its end."""

from collections.list import List, _ListIter
from memory.span import Span, _SpanIter
from builtin.range import ReversibleRange, _StridedRange


fn reversed[T: ReversibleRange](value: T) -> _StridedRange:
    """`value`'s integers, last first: `reversed(range(3))` gives 2, 1, 0."""
    return value.__reversed__()


fn reversed[T: CollectionElement](ref value: List[T]) -> _ListIter[T]:
    """The addresses of `value`'s elements, last to first."""
    return value.__reversed__()


fn reversed[T: CollectionElement](value: Span[T, _]) -> _SpanIter[T]:
    """Walks `value`'s elements last to first, yielding each address."""
    return value.__reversed__()
