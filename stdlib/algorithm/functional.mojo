"""Higher-order loops: each takes the loop body as a compile-time closure
parameter, so every call of it is a direct call that the inliner sees
through (docs/compiler/closures.md)."""


fn _largest_power_of_two_below(n: Int) -> Int:
    """The largest power of two less than `n` (1 for `n` <= 2): the widest
    call that can still be needed for fewer than `n` items."""
    var p = 1
    while p * 2 < n:
        p *= 2
    return p


@always_inline
fn _vectorize_tail[
    origins: OriginSet, //,
    func: fn[width: Int](Int) capturing [origins] -> None,
    width: Int,
](offset: Int, remaining: Int):
    """Covers the `remaining` items from `offset` with calls of descending
    power-of-two widths, `width` first: fewer than `2 * width` items are
    left, so each width is called at most once."""
    var i = offset
    var left = remaining
    if left >= width:
        func[width](i)
        i += width
        left -= width

    @parameter
    if width > 1:
        _vectorize_tail[func, width // 2](i, left)


@always_inline
fn vectorize[
    origins: OriginSet, //,
    func: fn[width: Int](Int) capturing [origins] -> None,
    simd_width: Int,
    /,
    *,
    unroll_factor: Int = 1,
](size: Int):
    """Calls `func[simd_width](i)` for `i` = 0, `simd_width`, ... while a
    whole vector fits in `size`, `unroll_factor` vectors per step; then
    covers the remaining `size % simd_width` items with narrower calls
    (descending powers of two, down to `func[1]`)."""
    constrained[simd_width > 0, "`simd_width` must be positive"]()
    constrained[unroll_factor > 0, "`unroll_factor` must be positive"]()
    alias step = simd_width * unroll_factor
    var i = 0
    while i + step <= size:

        @parameter
        for u in range(unroll_factor):
            func[simd_width](i + u * simd_width)
        i += step

    # Whole vectors that did not fill an unrolled step.
    @parameter
    if unroll_factor > 1:
        while i + simd_width <= size:
            func[simd_width](i)
            i += simd_width

    @parameter
    if simd_width > 1:
        _vectorize_tail[func, _largest_power_of_two_below(simd_width)](
            i, size - i
        )


@always_inline
fn vectorize[
    origins: OriginSet, //,
    func: fn[width: Int](Int) capturing [origins] -> None,
    simd_width: Int,
    /,
    *,
    size: Int,
    unroll_factor: Int = 1,
]():
    """`vectorize` over a size known at compile time: the same calls as the
    run-time form, whose loop bounds are then constants."""
    vectorize[func, simd_width, unroll_factor=unroll_factor](size)


fn parallelize[
    origins: OriginSet, //, func: fn(Int) capturing [origins] -> None
](num_work_items: Int):
    """Calls `func(i)` for each work item `i` in [0, num_work_items).

    mojoc has no worker pool yet: the items run one after another, in
    order, on the calling thread. That is a valid schedule of the parallel
    loop (callers may not rely on any order or concurrency)."""
    for i in range(num_work_items):
        func(i)


fn parallelize[
    origins: OriginSet, //, func: fn(Int) capturing [origins] -> None
](num_work_items: Int, num_workers: Int):
    """As `parallelize(num_work_items)`; `num_workers` is a hint, and the
    items run sequentially on the calling thread for now."""
    for i in range(num_work_items):
        func(i)
