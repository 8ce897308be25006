"""`reversed(x)`: an iterator over `x` from its end."""

from collections.list import List, _ListIter
from memory.span import Span, _SpanIter


fn reversed[T: CollectionElement](ref value: List[T]) -> _ListIter[T]:
    """The addresses of `value`'s elements, last to first."""
    return value.__reversed__()


fn reversed[T: CollectionElement](value: Span[T, _]) -> _SpanIter[T]:
    """Walks `value`'s elements last to first, yielding each address."""
    return value.__reversed__()
