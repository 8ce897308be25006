"""`UnsafeMaybeUninitialized[T]`: room for one `T` inline, which may or may
not hold a value.

The room is an MLIR array of 8-byte words (or of vectors of them, for a
`T` aligned to more than 8 bytes), sized and aligned for `T`; nothing in
it is initialized or destroyed unless asked. `Optional` and `InlineArray`
keep their elements in it, so they need no heap buffer. Copying or moving
the slot copies its bits: its owner knows whether they hold a value.
"""

from memory.unsafe_pointer import UnsafePointer
from sys.info import alignof, sizeof


fn _storage_lanes[T: AnyType]() -> Int:
    """8-byte words per storage unit: one, or as many as `T`'s alignment."""
    return alignof[T]() // 8 if alignof[T]() > 8 else 1


fn _storage_units[T: AnyType, count: Int]() -> Int:
    """Storage units holding `count` values of `T` side by side."""
    alias unit = 8 * _storage_lanes[T]()
    return (count * sizeof[T]() + unit - 1) // unit


struct UnsafeMaybeUninitialized[ElementType: AnyType]:
    """Room for one `ElementType`, initialized only when written."""

    var _storage: __mlir_type[
        `!llvm.array<`,
        _storage_units[ElementType, 1](),
        ` x vector<`,
        _storage_lanes[ElementType](),
        `xi64>>`,
    ]

    fn __init__(out self):
        """An empty slot."""
        self._storage = __mlir_op.`llvm.mlir.undef`[
            _type = __mlir_type[
                `!llvm.array<`,
                _storage_units[ElementType, 1](),
                ` x vector<`,
                _storage_lanes[ElementType](),
                `xi64>>`,
            ]
        ]()

    fn __copyinit__(out self, existing: Self):
        """Copies the bits, whatever they hold."""
        self._storage = existing._storage

    fn __moveinit__(out self, owned existing: Self):
        self._storage = existing._storage

    fn __del__(owned self):
        """Destroys nothing: the owner destroys the value it put there."""
        pass

    fn unsafe_ptr(self) -> UnsafePointer[ElementType]:
        """The slot's address, as a pointer to its value."""
        # The slot's own address, where its one field starts: an immutable
        # reference to the field, of an MLIR type, would be passed as a
        # copy in registers, not as the field's address.
        return UnsafePointer.address_of(self).bitcast[ElementType]()

    fn write(self, owned value: ElementType):
        """Moves `value` into the empty slot."""
        self.unsafe_ptr().init_pointee_move(value^)

    fn assume_initialized(ref self) -> ref [self] ElementType:
        """The value, which the slot must hold."""
        return self.unsafe_ptr()[]

    fn assume_initialized_destroy(self):
        """Destroys the value, which the slot must hold; it is empty after."""
        self.unsafe_ptr().destroy_pointee()
