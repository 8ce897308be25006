"""`reversed(x)`: an iterator over `x` from its end."""

from collections.list import List, _ListIter


fn reversed[T: CollectionElement](ref value: List[T]) -> _ListIter[T]:
    """The addresses of `value`'s elements, last to first."""
    return value.__reversed__()
