"""`InlineArray[ElementType, size]`: a fixed number of elements stored in
the value itself, not on the heap.

The elements sit side by side in one MLIR array sized and aligned for
them (as `UnsafeMaybeUninitialized` holds one). As in Mojo 24.6, the
array's end destroys its elements only when `run_destructors` is True.
"""

from memory.maybe_uninitialized import (
    UnsafeMaybeUninitialized,
    _storage_lanes,
    _storage_units,
)
from memory.unsafe_pointer import UnsafePointer


struct InlineArray[
    ElementType: CollectionElement, size: Int, *, run_destructors: Bool = False
](CollectionElement, Sized):
    """`size` elements of `ElementType`, inline."""

    var _storage: __mlir_type[
        `!llvm.array<`,
        _storage_units[ElementType, size](),
        ` x vector<`,
        _storage_lanes[ElementType](),
        `xi64>>`,
    ]

    # Construction and lifecycle.

    fn __init__(out self, *, unsafe_uninitialized: Bool):
        """An array whose elements are not initialized: each must be
        written (`arr.unsafe_ptr() + i`) before it is read."""
        self._storage = __mlir_op.`llvm.mlir.undef`[
            _type = __mlir_type[
                `!llvm.array<`,
                _storage_units[ElementType, size](),
                ` x vector<`,
                _storage_lanes[ElementType](),
                `xi64>>`,
            ]
        ]()

    @implicit
    fn __init__(out self, fill: ElementType):
        """Every element a copy of `fill`."""
        self = Self(unsafe_uninitialized=True)
        for i in range(size):
            (self.unsafe_ptr() + i).init_pointee_copy(fill)

    @implicit
    fn __init__(out self, owned *elems: ElementType):
        """The elements, one per argument: `InlineArray[Int, 3](1, 2, 3)`;
        their number must be `size`."""
        self = Self(unsafe_uninitialized=True)
        for i in range(size):
            (self.unsafe_ptr() + i).init_pointee_copy(elems[i])

    fn __init__(
        out self,
        *,
        owned unsafe_assume_initialized: InlineArray[
            UnsafeMaybeUninitialized[ElementType], size
        ],
    ):
        """The values of an array of slots, every one of which must hold
        one: they move here (the slots array destroys nothing)."""
        self = Self(unsafe_uninitialized=True)
        for i in range(size):
            (self.unsafe_ptr() + i).init_pointee_move(
                unsafe_assume_initialized[i].unsafe_ptr().take_pointee()
            )

    fn __init__(out self, *, other: Self):
        """A copy of `other`, element by element."""
        self = Self(unsafe_uninitialized=True)
        for i in range(size):
            (self.unsafe_ptr() + i).init_pointee_copy(other.unsafe_ptr()[i])

    fn __copyinit__(out self, existing: Self):
        self = Self(other=existing)

    fn __moveinit__(out self, owned existing: Self):
        self = Self(unsafe_uninitialized=True)
        for i in range(size):
            (self.unsafe_ptr() + i).init_pointee_move(
                (existing.unsafe_ptr() + i).take_pointee()
            )

    fn __del__(owned self):
        @parameter
        if run_destructors:
            for i in range(size):
                (self.unsafe_ptr() + i).destroy_pointee()

    # Elements.

    fn __len__(self) -> Int:
        return size

    fn __getitem__(ref self, idx: Int) -> ref [self] ElementType:
        """Element `idx` (negative: from the end), to read or assign."""
        return self.unsafe_ptr()[idx + size if idx < 0 else idx]

    fn __getitem__[idx: Int](ref self) -> ref [self] ElementType:
        """Element `idx`, checked at compile time."""
        constrained[-size <= idx < size, "index out of bounds"]()
        return self.unsafe_ptr()[idx + size if idx < 0 else idx]

    fn unsafe_get(ref self, idx: Int) -> ref [self] ElementType:
        """Element `idx`, which must be in `[0, size)`."""
        return self.unsafe_ptr()[idx]

    fn unsafe_ptr(self) -> UnsafePointer[ElementType]:
        """The first element's address (the array's own: its one field)."""
        return UnsafePointer.address_of(self).bitcast[ElementType]()

    fn __contains__[
        T: EqualityComparableCollectionElement, //
    ](self: InlineArray[T, size, *_], value: T) -> Bool:
        """Whether some element equals `value`."""
        for i in range(size):
            if self.unsafe_ptr()[i] == value:
                return True
        return False
