"""`UnsafePointer[type]`: a raw, nullable, manually managed pointer.

The address is an opaque `!llvm.ptr`; every access names the pointee's type
to the compiler's memory builtins (docs/compiler/memory.md):
`__get_address_as_lvalue[type](p)` is the `type` at `p` as a place, so
`p[]` reads, assigns, and passes it `mut` like a variable. Offsets are
byte offsets of `__sizeof[type]()` steps, which LLVM folds to one
`getelementptr` of the element.
"""

from sys.info import alignof, sizeof


@always_inline
fn _to_i64(value: Int) -> __mlir_type.i64:
    return __mlir_op.`index.casts`[_type = __mlir_type.i64](value.value)


@register_passable("trivial")
struct UnsafePointer[
    type: AnyType,
    *,
    alignment: Int = 1,
](Boolable, CollectionElement, Comparable, ImplicitlyBoolable, Intable):
    """The address of a `type` (or of `count` of them, from `alloc`).

    Nothing is checked: the memory must hold a value where one is read,
    and `free` must be called once on what `alloc` returned.
    """

    var address: __mlir_type.`!llvm.ptr`

    # Construction.

    @always_inline
    fn __init__(out self):
        """The null pointer."""
        self.address = __mlir_op.`llvm.mlir.zero`[
            _type = __mlir_type.`!llvm.ptr`
        ]()

    @always_inline
    fn __init__(out self, *, other: Self):
        self.address = other.address

    @always_inline
    @implicit
    fn __init__[
        other_alignment: Int, //
    ](out self, other: UnsafePointer[type, alignment=other_alignment]):
        """The same address, forgetting a promised alignment."""
        self.address = other.address

    @always_inline
    fn __init__(out self, address: __mlir_type.`!llvm.ptr`):
        self.address = address

    @staticmethod
    @always_inline
    fn alloc(count: Int) -> Self:
        """Heap memory for `count` values of `type`, uninitialized."""
        var align = alignof[type]()
        if alignment > align:
            align = alignment
        var bytes = count * sizeof[type]()
        return Self(
            __mlir_op.`func.call`[
                callee = __mlir_attr.`@mojo_rt_alloc`,
                _type = __mlir_type.`!llvm.ptr`,
            ](_to_i64(bytes), _to_i64(align))
        )

    @staticmethod
    @always_inline
    fn address_of(ref arg: type) -> Self:
        """The address of `arg`, which must outlive every use of it."""
        return Self(__get_lvalue_as_address(arg))

    @always_inline
    fn free(self):
        """Releases memory `alloc` returned (null is ignored)."""
        __mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_free`](
            self.address
        )

    # The pointee.

    @always_inline
    fn __getitem__(self) -> ref [MutableAnyOrigin] type:
        """The value pointed to, as a place: `p[]`, `p[] = v`."""
        return __get_address_as_lvalue[type](self.address)

    @always_inline
    fn __getitem__[I: Indexer, //](self, offset: I) -> ref [MutableAnyOrigin] type:
        """The value `offset` elements on: `p[i]`, `p[i] = v`."""
        return __get_address_as_lvalue[type]((self + offset).address)

    # Offsets.

    @always_inline
    fn offset[I: Indexer, //](self, idx: I) -> Self:
        """The address `idx` elements on (negative goes back)."""
        var bytes = idx.__index__() * sizeof[type]()
        return Self(
            __mlir_op.`llvm.getelementptr`[
                elem_type = __mlir_attr.i8,
                rawConstantIndices = __mlir_attr.`array<i32: -2147483648>`,
                _type = __mlir_type.`!llvm.ptr`,
            ](self.address, _to_i64(bytes))
        )

    @always_inline
    fn __add__[I: Indexer, //](self, offset: I) -> Self:
        return self.offset(offset)

    @always_inline
    fn __sub__[I: Indexer, //](self, offset: I) -> Self:
        return self.offset(-offset.__index__())

    @always_inline
    fn __iadd__[I: Indexer, //](mut self, offset: I):
        self = self + offset

    @always_inline
    fn __isub__[I: Indexer, //](mut self, offset: I):
        self = self - offset

    # Comparison and conversion, by address.

    @always_inline
    fn __int__(self) -> Int:
        """The address as an integer."""
        return Int(
            __mlir_op.`index.castu`[_type = __mlir_type.index](
                __mlir_op.`llvm.ptrtoint`[_type = __mlir_type.i64](
                    self.address
                )
            )
        )

    @always_inline
    fn __eq__(self, rhs: Self) -> Bool:
        return self.__int__() == rhs.__int__()

    @always_inline
    fn __ne__(self, rhs: Self) -> Bool:
        return self.__int__() != rhs.__int__()

    @always_inline
    fn __lt__(self, rhs: Self) -> Bool:
        return self.__int__() < rhs.__int__()

    @always_inline
    fn __le__(self, rhs: Self) -> Bool:
        return self.__int__() <= rhs.__int__()

    @always_inline
    fn __gt__(self, rhs: Self) -> Bool:
        return self.__int__() > rhs.__int__()

    @always_inline
    fn __ge__(self, rhs: Self) -> Bool:
        return self.__int__() >= rhs.__int__()

    @always_inline
    fn __bool__(self) -> Bool:
        """Whether the pointer is not null."""
        return self.__int__() != 0

    @always_inline
    fn __as_bool__(self) -> Bool:
        return self.__bool__()

    @always_inline
    fn bitcast[T: AnyType = type](self) -> UnsafePointer[T]:
        """The same address, as a pointer to `T`."""
        return UnsafePointer[T](self.address)

    # The pointee's lifecycle.

    @always_inline
    fn init_pointee_move(self, owned value: type):
        """Moves `value` into the memory, which holds no value yet."""
        __get_address_as_uninit_lvalue[type](self.address) = value^

    @always_inline
    fn destroy_pointee(self):
        """Ends the life of the value pointed to; the memory stays."""
        _ = __get_address_as_owned_value[type](self.address)

    @always_inline
    fn take_pointee(self) -> type:
        """Moves the value out; the memory holds no value afterwards."""
        return __get_address_as_owned_value[type](self.address)

    @always_inline
    fn init_pointee_copy[T: Copyable, //](self: UnsafePointer[T, *_], value: T):
        """Copies `value` into the memory, which holds no value yet."""
        __get_address_as_uninit_lvalue[T](self.address) = value

    # Vectors of a dtype.

    @always_inline
    fn load[
        type: DType, //, width: Int = 1, *, alignment: Int = 1
    ](self: UnsafePointer[Scalar[type], *_]) -> SIMD[type, width]:
        """The `width` elements from here on, as one vector."""
        return _load[type, width, alignment](self.address)

    @always_inline
    fn load[
        I: Indexer, type: DType, //, width: Int = 1, *, alignment: Int = 1
    ](self: UnsafePointer[Scalar[type], *_], offset: I) -> SIMD[type, width]:
        """The `width` elements from `offset` on, as one vector."""
        return _load[type, width, alignment]((self + offset).address)

    @always_inline
    fn store[
        type: DType, width: Int, //, *, alignment: Int = 1
    ](self: UnsafePointer[Scalar[type], *_], val: SIMD[type, width]):
        """Stores the `width` elements of `val` from here on."""
        _store[type, width, alignment](self.address, val)

    @always_inline
    fn store[
        I: Indexer, type: DType, width: Int, //, *, alignment: Int = 1
    ](self: UnsafePointer[Scalar[type], *_], offset: I, val: SIMD[type, width]):
        """Stores the `width` elements of `val` from `offset` on."""
        _store[type, width, alignment]((self + offset).address, val)


@always_inline
fn _load[
    type: DType, width: Int, alignment: Int
](address: __mlir_type.`!llvm.ptr`) -> SIMD[type, width]:
    # `index` lanes are stored as 64-bit integers (TypeLowering).
    @parameter
    if type is DType.index:
        var wide = __mlir_op.`llvm.load`[
            alignment = __mlir_attr[alignment, `: i64`],
            _type = __mlir_type[`vector<`, width, `xi64>`],
        ](address)
        return SIMD[type, width](
            _vec=__mlir_op.`arith.index_cast`[_type = SIMD[type, width]._vec](
                wide
            )
        )
    else:
        return SIMD[type, width](
            _vec=__mlir_op.`llvm.load`[
                alignment = __mlir_attr[alignment, `: i64`],
                _type = SIMD[type, width]._vec,
            ](address)
        )


@always_inline
fn _store[
    type: DType, width: Int, alignment: Int
](address: __mlir_type.`!llvm.ptr`, val: SIMD[type, width]):
    @parameter
    if type is DType.index:
        var wide = __mlir_op.`arith.index_cast`[
            _type = __mlir_type[`vector<`, width, `xi64>`]
        ](val.value)
        __mlir_op.`llvm.store`[alignment = __mlir_attr[alignment, `: i64`]](
            wide, address
        )
    else:
        __mlir_op.`llvm.store`[alignment = __mlir_attr[alignment, `: i64`]](
            val.value, address
        )
