"""Compile-time loops over closures: `unroll[func, count]()` calls
`func[0]()`, ..., `func[count - 1]()`, each with its index as a
compile-time parameter (a `@parameter for`, unrolled by the checker)."""


@always_inline
fn unroll[
    func: fn[idx: Int]() capturing [_] -> None,
    count: Int,
]():
    """Calls `func[i]()` for `i` in [0, count)."""

    @parameter
    for i in range(count):
        func[i]()


@always_inline
fn unroll[
    func: fn[idx0: Int, idx1: Int]() capturing [_] -> None,
    dim0: Int,
    dim1: Int,
]():
    """Calls `func[i, j]()` for each `i` in [0, dim0), `j` in [0, dim1),
    row by row."""

    @parameter
    for i in range(dim0):

        @parameter
        for j in range(dim1):
            func[i, j]()
