"""`os.atomic.Atomic`: a scalar that threads read and change atomically.

Each operation is one LLVM atomic instruction (`atomicrmw`, `cmpxchg`),
sequentially consistent, on the scalar's own address; `ArcPointer` counts
its owners with one. The value is a plain field, so an `Atomic` must stay
where it is while others use it (a heap block, a global), as in Mojo.
"""

from memory.unsafe_pointer import UnsafePointer

# `llvm.atomicrmw` operations and orderings, as MLIR 19 numbers them.
alias _ADD = 1
alias _SUB = 2
alias _MAX = 7
alias _MIN = 8
alias _UMAX = 9
alias _UMIN = 10
alias _FADD = 11
alias _FSUB = 12
alias _FMAX = 13
alias _FMIN = 14
alias _SEQ_CST = 7


struct Atomic[type: DType, *, scope: StringLiteral = ""]:
    """A `Scalar[type]` (an integer or floating-point dtype other than
    `index`) changed only by atomic operations. `scope` is accepted as in
    Mojo 24.6 and ignored: every operation is system-wide."""

    var value: Scalar[type]

    @implicit
    fn __init__(out self, value: Scalar[type]):
        constrained[
            type.is_numeric() and type != DType.index,
            "Atomic needs an integer or floating-point dtype",
        ]()
        self.value = value

    @staticmethod
    @always_inline
    fn _rmw[op: Int](ptr: UnsafePointer[Scalar[type]], rhs: Scalar[type]) -> Scalar[type]:
        """`*ptr = *ptr op rhs` atomically; the value before."""
        var old = __mlir_op.`llvm.atomicrmw`[
            bin_op = __mlir_attr[op, ` : i64`],
            ordering = __mlir_attr[_SEQ_CST, ` : i64`],
            _type = Scalar[type]._elt,
        ](ptr.address, rhs._lane(0))
        return Scalar[type](_vec=__mlir_op.`vector.broadcast`[_type = Scalar[type]._vec](old))

    @always_inline
    fn _ptr(mut self) -> UnsafePointer[Scalar[type]]:
        return UnsafePointer.address_of(self.value)

    fn load(mut self) -> Scalar[type]:
        """The value, read atomically."""
        return self.fetch_add(0)

    fn fetch_add(mut self, rhs: Scalar[type]) -> Scalar[type]:
        """Adds `rhs`; the value before."""
        @parameter
        if type.is_floating_point():
            return Self._rmw[_FADD](self._ptr(), rhs)
        else:
            return Self._rmw[_ADD](self._ptr(), rhs)

    fn fetch_sub(mut self, rhs: Scalar[type]) -> Scalar[type]:
        """Subtracts `rhs`; the value before."""
        @parameter
        if type.is_floating_point():
            return Self._rmw[_FSUB](self._ptr(), rhs)
        else:
            return Self._rmw[_SUB](self._ptr(), rhs)

    fn __iadd__(mut self, rhs: Scalar[type]):
        _ = self.fetch_add(rhs)

    fn __isub__(mut self, rhs: Scalar[type]):
        _ = self.fetch_sub(rhs)

    @staticmethod
    fn max(ptr: UnsafePointer[Scalar[type]], rhs: Scalar[type]):
        """`*ptr = max(*ptr, rhs)`, atomically."""
        @parameter
        if type.is_floating_point():
            _ = Self._rmw[_FMAX](ptr, rhs)
        elif type.is_unsigned():
            _ = Self._rmw[_UMAX](ptr, rhs)
        else:
            _ = Self._rmw[_MAX](ptr, rhs)

    @staticmethod
    fn min(ptr: UnsafePointer[Scalar[type]], rhs: Scalar[type]):
        """`*ptr = min(*ptr, rhs)`, atomically."""
        @parameter
        if type.is_floating_point():
            _ = Self._rmw[_FMIN](ptr, rhs)
        elif type.is_unsigned():
            _ = Self._rmw[_UMIN](ptr, rhs)
        else:
            _ = Self._rmw[_MIN](ptr, rhs)

    fn max(mut self, rhs: Scalar[type]):
        """Sets the value to `max(value, rhs)`, atomically."""
        Self.max(self._ptr(), rhs)

    fn min(mut self, rhs: Scalar[type]):
        """Sets the value to `min(value, rhs)`, atomically."""
        Self.min(self._ptr(), rhs)

    fn compare_exchange_weak(
        mut self, mut expected: Scalar[type], desired: Scalar[type]
    ) -> Bool:
        """If the value is `expected`, sets it to `desired` and is True;
        else sets `expected` to the value and is False. Integers only (an
        `Int`-sized or smaller dtype); it may fail spuriously, as a weak
        compare-and-swap does, so it belongs in a loop."""
        constrained[type.is_integral(), "compare_exchange_weak needs an integral dtype"]()
        alias pair = __mlir_type[`!llvm.struct<(`, type._mlir_type(), `, i1)>`]
        var result = __mlir_op.`llvm.cmpxchg`[
            success_ordering = __mlir_attr[_SEQ_CST, ` : i64`],
            failure_ordering = __mlir_attr[_SEQ_CST, ` : i64`],
            weak = __mlir_attr.unit,
            _type = pair,
        ](self._ptr().address, expected._lane(0), desired._lane(0))
        var old = __mlir_op.`llvm.extractvalue`[
            position = __mlir_attr.`array<i64: 0>`, _type = Scalar[type]._elt
        ](result)
        var ok = __mlir_op.`llvm.extractvalue`[
            position = __mlir_attr.`array<i64: 1>`, _type = __mlir_type.i1
        ](result)
        if Bool(ok):
            return True
        expected = Scalar[type](_vec=__mlir_op.`vector.broadcast`[_type = Scalar[type]._vec](old))
        return False
