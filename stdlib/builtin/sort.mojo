"""`sort`: orders a `Span`'s (or a `List`'s) elements in place.

24.6 declares `sort` on `Span` only, and a `List` converts to one. mojoc
does not yet infer a generic callee's parameters through an implicit
conversion, so the `List` overloads stay: each is the `Span` one over
the list's elements, and `sort(items)` reads the same. They come first,
so a failed `sort(items)` lists their notes.

The default algorithm is a quicksort (median of three, insertion sort for
short runs, recursion only into the shorter side, so the stack stays
logarithmic); it is not stable, as 24.6's default is not. `stable=True`
takes a merge sort, which keeps equal elements in their order.
"""

from memory.unsafe_pointer import UnsafePointer
from memory.span import Span


fn sort[
    T: CollectionElement, //,
    cmp_fn: fn (T, T) capturing -> Bool,
    *,
    stable: Bool = False,
](mut list: List[T, *_]):
    """`sort[cmp_fn]` over `list`'s elements."""
    _sort[T, cmp_fn, stable](list.data, len(list))


fn sort[T: ComparableCollectionElement, //, *, stable: Bool = False](mut list: List[T, *_]):
    """Sorts in ascending order by `<`."""

    @parameter
    fn less(a: T, b: T) -> Bool:
        return a < b

    _sort[T, less, stable](list.data, len(list))


fn sort[type: DType, //, *, stable: Bool = False](mut list: List[Scalar[type], *_]):
    """Sorts scalars in ascending order."""

    @parameter
    fn less(a: Scalar[type], b: Scalar[type]) -> Bool:
        return Bool(a < b)

    _sort[Scalar[type], less, stable](list.data, len(list))


fn sort[
    type: CollectionElement,
    origin: MutableOrigin, //,
    cmp_fn: fn (type, type) capturing -> Bool,
    *,
    stable: Bool = False,
](span: Span[type, origin]):
    """Sorts so that `cmp_fn(a, b)` (a "less than") holds for no element
    `b` before an element `a`."""
    _sort[type, cmp_fn, stable](span.unsafe_ptr(), len(span))


fn sort[
    type: DType, origin: MutableOrigin, //, *, stable: Bool = False
](span: Span[Scalar[type], origin]):
    """Sorts scalars in ascending order."""

    @parameter
    fn less(a: Scalar[type], b: Scalar[type]) -> Bool:
        return Bool(a < b)

    _sort[Scalar[type], less, stable](span.unsafe_ptr(), len(span))


fn sort[
    type: ComparableCollectionElement, origin: MutableOrigin, //, *, stable: Bool = False
](span: Span[type, origin]):
    """Sorts in ascending order by `<`."""

    @parameter
    fn less(a: type, b: type) -> Bool:
        return a < b

    _sort[type, less, stable](span.unsafe_ptr(), len(span))


fn _sort[
    T: CollectionElement, less: fn (T, T) capturing -> Bool, stable: Bool
](data: UnsafePointer[T], size: Int):
    @parameter
    if stable:
        _merge_sort[T, less](data, size)
    else:
        _quicksort[T, less](data, size)


fn _merge_sort[
    T: CollectionElement, less: fn (T, T) capturing -> Bool
](data: UnsafePointer[T], size: Int):
    """Stable: sorted runs of 16 by insertion, then merged pairwise,
    back and forth between `data` and a buffer of moved elements."""
    alias RUN = 16
    for lo in range(0, size, RUN):
        _insertion_sort[T, less](data, lo, min(lo + RUN, size))
    if size <= RUN:
        return
    var buffer = UnsafePointer[T].alloc(size)
    var src = data
    var dst = buffer
    var width = RUN
    while width < size:
        for lo in range(0, size, 2 * width):
            _merge_move[T, less](src, dst, lo, min(lo + width, size), min(lo + 2 * width, size))
        var tmp = src
        src = dst
        dst = tmp
        width *= 2
    if src != data:  # The result is in the buffer: move it home.
        for i in range(size):
            (data + i).init_pointee_move((src + i).take_pointee())
    buffer.free()


fn _merge_move[
    T: CollectionElement, less: fn (T, T) capturing -> Bool
](src: UnsafePointer[T], dst: UnsafePointer[T], lo: Int, mid: Int, hi: Int):
    """Moves the sorted runs `src[lo:mid]` and `src[mid:hi]` into
    `dst[lo:hi]`, merged; on ties the left run's element goes first."""
    var i = lo
    var j = mid
    for k in range(lo, hi):
        var take_right = j < hi and (i >= mid or less(src[j], src[i]))
        if take_right:
            (dst + k).init_pointee_move((src + j).take_pointee())
            j += 1
        else:
            (dst + k).init_pointee_move((src + i).take_pointee())
            i += 1


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
