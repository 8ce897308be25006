"""`sort`: orders a `List`'s elements in place.

Mojo 24.6 sorts a `Span`, to which a `List` converts; until `Span` exists
these overloads take the `List` itself, so `sort(items)` reads the same.
The algorithm is a quicksort (median of three, insertion sort for short
runs, recursion only into the shorter side, so the stack stays
logarithmic); it is not stable, as 24.6's default is not.
"""

from memory.unsafe_pointer import UnsafePointer


fn sort[
    T: CollectionElement, //, cmp_fn: fn (T, T) capturing -> Bool
](mut list: List[T, *_]):
    """Sorts so that `cmp_fn(a, b)` (a "less than") holds for no element
    `b` before an element `a`."""
    _quicksort[T, cmp_fn](list.data, len(list))


fn sort[T: ComparableCollectionElement, //](mut list: List[T, *_]):
    """Sorts in ascending order by `<`."""

    @parameter
    fn less(a: T, b: T) -> Bool:
        return a < b

    _quicksort[T, less](list.data, len(list))


fn sort[type: DType, //](mut list: List[Scalar[type], *_]):
    """Sorts scalars in ascending order."""

    @parameter
    fn less(a: Scalar[type], b: Scalar[type]) -> Bool:
        return Bool(a < b)

    _quicksort[Scalar[type], less](list.data, len(list))


fn _quicksort[
    T: CollectionElement, less: fn (T, T) capturing -> Bool
](data: UnsafePointer[T], size: Int):
    var lo = 0
    var hi = size  # The part left to sort is [lo, hi).
    while hi - lo > 16:
        var p = _partition[T, less](data, lo, hi)
        # Recurse into the shorter side; loop on the longer one.
        if p - lo < hi - p - 1:
            _quicksort[T, less](data + lo, p - lo)
            lo = p + 1
        else:
            _quicksort[T, less](data + p + 1, hi - p - 1)
            hi = p
    _insertion_sort[T, less](data, lo, hi)


fn _partition[
    T: CollectionElement, less: fn (T, T) capturing -> Bool
](data: UnsafePointer[T], lo: Int, hi: Int) -> Int:
    """Partitions `[lo, hi)` around the median of its first, middle and
    last elements; returns where the pivot ends up."""
    var mid = lo + (hi - lo) // 2
    var last = hi - 1
    if less(data[mid], data[lo]):
        _swap(data, mid, lo)
    if less(data[last], data[lo]):
        _swap(data, last, lo)
    if less(data[last], data[mid]):
        _swap(data, last, mid)
    # data[lo] <= data[mid] <= data[last]: the median goes before last.
    _swap(data, mid, last - 1)
    var pivot = last - 1
    var i = lo
    var j = last - 1
    while True:
        i += 1
        while less(data[i], data[pivot]):
            i += 1
        j -= 1
        while less(data[pivot], data[j]):
            j -= 1
        if i >= j:
            break
        _swap(data, i, j)
    _swap(data, i, pivot)
    return i


fn _insertion_sort[
    T: CollectionElement, less: fn (T, T) capturing -> Bool
](data: UnsafePointer[T], lo: Int, hi: Int):
    for i in range(lo + 1, hi):
        var j = i
        while j > lo and less(data[j], data[j - 1]):
            _swap(data, j, j - 1)
            j -= 1


fn _swap[T: CollectionElement](data: UnsafePointer[T], i: Int, j: Int):
    if i == j:
        return
    var tmp = (data + i).take_pointee()
    (data + i).init_pointee_move((data + j).take_pointee())
    (data + j).init_pointee_move(tmp^)
