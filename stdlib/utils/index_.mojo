"""`IndexList[size]`: a fixed number of integer indices, the shape or the
position of an element of an N-D array (Mojo 24.6's `utils.index_`, also
exported by `utils`).

The indices are one `SIMD[element_type, size]`: one value in registers that
IRGen keeps as one `vector<size x iN>` and that the compile-time interpreter
holds as one dense constant, so an `IndexList` is as much at home as a
parameter (`fn f[shape: IndexList[3]]()`, `shape[1]` in an `alias`) as at
run time, and the lane-wise operators are one vector op each.
"""


fn _type_of_width[bitwidth: Int, unsigned: Bool]() -> DType:
    """The integer dtype of `bitwidth` bits and this signedness."""
    @parameter
    if unsigned:
        @parameter
        if bitwidth == 8:
            return DType.uint8
        elif bitwidth == 16:
            return DType.uint16
        elif bitwidth == 32:
            return DType.uint32
        else:
            return DType.uint64
    else:
        @parameter
        if bitwidth == 8:
            return DType.int8
        elif bitwidth == 16:
            return DType.int16
        elif bitwidth == 32:
            return DType.int32
        else:
            return DType.int64


@register_passable("trivial")
struct IndexList[size: Int, *, element_bitwidth: Int = 64, unsigned: Bool = False](
    Sized, Writable
):
    """`size` indices, each an integer of `element_bitwidth` bits."""

    alias element_type = _type_of_width[element_bitwidth, unsigned]()
    """The dtype one index is stored as."""

    var data: SIMD[_type_of_width[element_bitwidth, unsigned](), size]
    """The indices, one per lane."""

    # Construction.

    @always_inline
    fn __init__(out self):
        """Every index 0."""
        Self._check_parameters()
        self.data = 0

    @always_inline
    @implicit
    fn __init__(out self, value: Int):
        """`value` at every position."""
        Self._check_parameters()
        self.data = value

    @always_inline
    fn __init__(out self, *elems: Int):
        """One index per position, in order. The count is known at run
        time: missing positions are 0 and extra values are ignored,
        unchecked, as in Mojo's release builds."""
        self = Self()
        var count = len(elems)
        for i in range(size if count > size else count):
            self.data[i] = elems[i]

    @always_inline
    @implicit
    fn __init__(out self, elems: Tuple[Int, Int]):
        """From a pair: `var p: IndexList[2] = (1, 2)`."""
        constrained[size == 2, "a tuple of 2 values makes an IndexList[2]"]()
        self = Self()
        self.data[0] = elems[0]
        self.data[1] = elems[1]

    @always_inline
    @implicit
    fn __init__(out self, elems: Tuple[Int, Int, Int]):
        constrained[size == 3, "a tuple of 3 values makes an IndexList[3]"]()
        self = Self()
        self.data[0] = elems[0]
        self.data[1] = elems[1]
        self.data[2] = elems[2]

    @always_inline
    @implicit
    fn __init__(out self, elems: Tuple[Int, Int, Int, Int]):
        constrained[size == 4, "a tuple of 4 values makes an IndexList[4]"]()
        self = Self()
        self.data[0] = elems[0]
        self.data[1] = elems[1]
        self.data[2] = elems[2]
        self.data[3] = elems[3]

    @always_inline
    fn __init__(out self, *, data: SIMD[_type_of_width[element_bitwidth, unsigned](), size]):
        """The indices of `data`'s lanes."""
        self.data = data

    @always_inline
    fn __init__(out self, *, other: Self):
        self.data = other.data

    @staticmethod
    @always_inline
    fn _check_parameters():
        constrained[size > 0, "an IndexList holds at least one index"]()
        constrained[
            element_bitwidth == 8
            or element_bitwidth == 16
            or element_bitwidth == 32
            or element_bitwidth == 64,
            "an IndexList's element_bitwidth is 8, 16, 32 or 64",
        ]()

    # Indices.

    @always_inline
    fn __len__(self) -> Int:
        return size

    @always_inline
    fn __getitem__[index: Int](self) -> Int:
        """The index at a compile-time position, checked against `size`."""
        constrained[index >= 0 and index < size, "IndexList position out of range"]()
        return Int(self.data[index])

    @always_inline
    fn __getitem__(self, index: Int) -> Int:
        return Int(self.data[index])

    @always_inline
    fn __setitem__[index: Int](mut self, value: Int):
        constrained[index >= 0 and index < size, "IndexList position out of range"]()
        self.data[index] = value

    @always_inline
    fn __setitem__(mut self, index: Int, value: Int):
        self.data[index] = value

    @always_inline
    fn flattened_length(self) -> Int:
        """The number of elements of an array of this shape: the product
        of the indices."""
        return Int(self.data.reduce_mul())

    @always_inline
    fn canonicalize(self) -> IndexList[size]:
        """The same indices as signed 64-bit integers."""
        return self.cast[element_bitwidth=64, unsigned=False]()

    @always_inline
    fn cast[
        *, element_bitwidth: Int, unsigned: Bool
    ](self) -> IndexList[size, element_bitwidth=element_bitwidth, unsigned=unsigned]:
        """The indices as another integer width (wrapping) or signedness."""
        alias Result = IndexList[size, element_bitwidth=element_bitwidth, unsigned=unsigned]
        return Result(data=self.data.cast[Result.element_type]())

    # Comparison: whole lists.

    @always_inline
    fn __eq__(self, rhs: Self) -> Bool:
        """Whether every index is equal."""
        return (self.data == rhs.data).reduce_and().__bool__()

    @always_inline
    fn __ne__(self, rhs: Self) -> Bool:
        return not (self == rhs)

    # Arithmetic: index by index.

    @always_inline
    fn __add__(self, rhs: Self) -> Self:
        return Self(data=self.data + rhs.data)

    @always_inline
    fn __sub__(self, rhs: Self) -> Self:
        return Self(data=self.data - rhs.data)

    @always_inline
    fn __mul__(self, rhs: Self) -> Self:
        return Self(data=self.data * rhs.data)

    @always_inline
    fn __floordiv__(self, rhs: Self) -> Self:
        return Self(data=self.data // rhs.data)

    # Printing.

    fn __str__(self) -> String:
        return String.write(self)

    fn __repr__(self) -> String:
        return String.write(self)

    fn write_to[W: Writer](self, mut writer: W):
        """`(1, 2, 3)`; one index keeps Python's comma, `(5,)`."""
        writer.write("(")
        @parameter
        for i in range(size):
            @parameter
            if i > 0:
                writer.write(", ")
            self.data[i].write_to(writer)
        @parameter
        if size == 1:
            writer.write(",")
        writer.write(")")


@always_inline
fn Index(x: Int) -> IndexList[1]:
    """`Index(i, j, ...)`: an `IndexList` of its 1 to 5 arguments."""
    return IndexList[1](x)


@always_inline
fn Index(x: Int, y: Int) -> IndexList[2]:
    return IndexList[2](x, y)


@always_inline
fn Index(x: Int, y: Int, z: Int) -> IndexList[3]:
    return IndexList[3](x, y, z)


@always_inline
fn Index(x: Int, y: Int, z: Int, w: Int) -> IndexList[4]:
    return IndexList[4](x, y, z, w)


@always_inline
fn Index(x: Int, y: Int, z: Int, w: Int, v: Int) -> IndexList[5]:
    return IndexList[5](x, y, z, w, v)


@always_inline
fn product[size: Int](tuple: IndexList[size, **_]) -> Int:
    """The product of all the indices."""
    return product(tuple, 0, size)


@always_inline
fn product[size: Int](tuple: IndexList[size, **_], end_idx: Int) -> Int:
    """The product of the indices before `end_idx`."""
    return product(tuple, 0, end_idx)


@always_inline
fn product[size: Int](tuple: IndexList[size, **_], start_idx: Int, end_idx: Int) -> Int:
    """The product of the indices in [start_idx, end_idx)."""
    var result = 1
    for i in range(start_idx, end_idx):
        result *= tuple[i]
    return result
