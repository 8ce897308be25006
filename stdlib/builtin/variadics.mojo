"""`VariadicList` and `VariadicListMem`: what a homogeneous variadic
argument `*values: T` is inside its function.

The caller stores the elements in one stack buffer of its frame and passes
a list of two fields, the buffer's address and the number of elements
(docs/compiler/variadics.md). The compiler builds that value directly, so
the order and kinds of the fields below are a contract with it: an
`UnsafePointer` first, an `Int` second.

* `VariadicList[T]` is used when `T` is trivial (bits to copy, nothing to
  destroy): the buffer holds the values themselves.
* `VariadicListMem[T, is_owned]` is used for every other `T`: the buffer
  holds the address of each element. Read elements are the caller's
  values, which the caller destroys after the call; with `owned *values`
  (`is_owned`) the elements belong to the callee, and the list destroys
  those still in it when it dies.
"""

from memory.unsafe_pointer import UnsafePointer
from memory.pointer import Pointer


@register_passable("trivial")
struct VariadicList[type: AnyTrivialRegType](Sized):
    """The elements of `*values: type` for a trivial `type`, in order."""

    var _data: UnsafePointer[type]
    var _len: Int

    @always_inline
    @implicit
    fn __init__(out self, *value: type):
        """`VariadicList[Int](1, 2, 3)`: the list the arguments make. It
        points into the caller's frame, so it lives as long as that call."""
        self = value

    @always_inline
    fn __init__(out self, *, unsafe_ptr: UnsafePointer[type], length: Int):
        """The `length` elements at `unsafe_ptr`, which must outlive the
        list (`sys.argv()` is one over the runtime's arguments)."""
        self._data = unsafe_ptr
        self._len = length

    @always_inline
    fn __len__(self) -> Int:
        return self._len

    @always_inline
    fn __getitem__(self, idx: Int) -> type:
        """Element `idx`; nothing is checked, as in Mojo's release builds."""
        return self._data[idx]

    @always_inline
    fn __iter__(self) -> _VariadicListIter[type]:
        return _VariadicListIter[type](self, 0)


@register_passable("trivial")
struct _VariadicListIter[type: AnyTrivialRegType]:
    """Walks a `VariadicList` from the first element to the last."""

    var _list: VariadicList[type]
    var _index: Int

    @always_inline
    fn __init__(out self, list: VariadicList[type], index: Int):
        self._list = list
        self._index = index

    @always_inline
    fn __iter__(self) -> Self:
        return self

    @always_inline
    fn __has_next__(self) -> Bool:
        return self._index < self._list._len

    @always_inline
    fn __next__(mut self) -> type:
        var value = self._list[self._index]
        self._index += 1
        return value

    @always_inline
    fn __len__(self) -> Int:
        return self._list._len - self._index


struct VariadicListMem[element_type: AnyType, is_owned: Bool = False](Sized):
    """The elements of `*values: element_type` (or `owned *values`) for a
    type that is not trivial, read in place: `values[i]` is the element
    itself, not a copy.

    Mojo 24.6 also has the elements' origin and mutability as parameters;
    mojoc does not track origins yet, so a read list gives immutable
    elements through its `read` receiver and an owned one mutable ones.
    """

    var _data: UnsafePointer[UnsafePointer[element_type]]
    var _len: Int

    @always_inline
    fn __moveinit__(out self, owned existing: Self):
        self._data = existing._data
        self._len = existing._len

    @always_inline
    fn __del__(owned self):
        """Destroys the elements an owned list still holds; a taken one
        left a null address behind."""

        @parameter
        if is_owned:
            for i in range(self._len):
                var element = self._data[i]
                if element:
                    element.destroy_pointee()

    @always_inline
    fn __len__(self) -> Int:
        return self._len

    @always_inline
    fn __getitem__(self, idx: Int) -> ref [self] element_type:
        """Element `idx`, in place; nothing is checked."""
        return self._data[idx][]

    @always_inline
    fn take(mut self, idx: Int) -> element_type:
        """Moves element `idx` out of an owned list, which then no longer
        destroys it. A mojoc addition: Mojo 24.6 moves out through
        `UnsafePointer.address_of(values[i])` and `__disable_del`, which
        mojoc does not have yet. A read variadic argument cannot call it:
        it is immutable."""
        var element = self._data[idx]
        self._data[idx] = UnsafePointer[element_type]()
        return element.take_pointee()

    @always_inline
    fn __iter__(self) -> _VariadicListMemIter[element_type]:
        """Yields a `Pointer` to each element: `for v in values: v[]`."""
        return _VariadicListMemIter[element_type](self._data, self._len)


@register_passable("trivial")
struct _VariadicListMemIter[element_type: AnyType]:
    """Walks a `VariadicListMem`, yielding a `Pointer` to each element."""

    var _data: UnsafePointer[UnsafePointer[element_type]]
    var _len: Int
    var _index: Int

    @always_inline
    fn __init__(
        out self, data: UnsafePointer[UnsafePointer[element_type]], len: Int
    ):
        self._data = data
        self._len = len
        self._index = 0

    @always_inline
    fn __iter__(self) -> Self:
        return self

    @always_inline
    fn __has_next__(self) -> Bool:
        return self._index < self._len

    @always_inline
    fn __next__(mut self) -> Pointer[element_type, MutableAnyOrigin]:
        # The element lives in the caller's frame for the whole call.
        var element = Pointer[element_type, MutableAnyOrigin](
            _mlir_value=self._data[self._index].address
        )
        self._index += 1
        return element

    @always_inline
    fn __len__(self) -> Int:
        return self._len - self._index


struct VariadicPack:
    """A heterogeneous pack as one value, as a signature spells it to take
    a caller's `*args` passed on whole:

        fn log[*Ts: Writable](*args: *Ts):
            write_args(out, args, sep=" ")
        fn write_args[W: Writer, *Ts: Writable](
            mut writer: W, args: VariadicPack[_, Writable, *Ts], ...
        )

    The compiler reads that spelling (compiler/Sema/SemaPacks.h): such a
    parameter is a pack like `*args: *Ts` (`len(args)`, `args[i]`), and a
    pack named whole at a call fills it. This declaration only gives the
    name its place in the prelude; nothing builds a value of it."""

    pass
