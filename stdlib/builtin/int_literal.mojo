"""The type of integer literals.

`IntLiteral` values exist only at compile time: the compiler folds every
operator below with arbitrary precision (a documented hook, see
docs/compiler/builtins.md), and a value materializes to `Int` through `Int`'s
`@implicit` constructor. The bodies give the 64-bit meaning the operators
have if a folded value is ever lowered.
"""


@register_passable("trivial")
@nonmaterializable(Int)
struct IntLiteral(Comparable, EqualityComparable):
    """An arbitrary-precision integer constant."""

    var value: __mlir_type.index

    @always_inline
    fn __init__(out self, value: __mlir_type.index):
        self.value = value

    @always_inline
    fn __neg__(self) -> Self:
        return Self(__mlir_op.`index.sub`(__mlir_op.`index.constant`[value = __mlir_attr.`0 : index`, _type = __mlir_type.index](), self.value))

    @always_inline
    fn __pos__(self) -> Self:
        return self

    @always_inline
    fn __invert__(self) -> Self:
        return Self(__mlir_op.`index.xor`(self.value, __mlir_op.`index.constant`[value = __mlir_attr.`-1 : index`, _type = __mlir_type.index]()))

    @always_inline
    fn __add__(self, rhs: Self) -> Self:
        return Self(__mlir_op.`index.add`(self.value, rhs.value))

    @always_inline
    fn __sub__(self, rhs: Self) -> Self:
        return Self(__mlir_op.`index.sub`(self.value, rhs.value))

    @always_inline
    fn __mul__(self, rhs: Self) -> Self:
        return Self(__mlir_op.`index.mul`(self.value, rhs.value))

    @always_inline
    fn __floordiv__(self, rhs: Self) -> Self:
        return Self(__mlir_op.`index.floordivs`(self.value, rhs.value))

    @always_inline
    fn __mod__(self, rhs: Self) -> Self:
        return Self(__mlir_op.`index.sub`(self.value, __mlir_op.`index.mul`(__mlir_op.`index.floordivs`(self.value, rhs.value), rhs.value)))

    @always_inline
    fn __lshift__(self, rhs: Self) -> Self:
        return Self(__mlir_op.`index.shl`(self.value, rhs.value))

    @always_inline
    fn __rshift__(self, rhs: Self) -> Self:
        return Self(__mlir_op.`index.shrs`(self.value, rhs.value))

    @always_inline
    fn __and__(self, rhs: Self) -> Self:
        return Self(__mlir_op.`index.and`(self.value, rhs.value))

    @always_inline
    fn __or__(self, rhs: Self) -> Self:
        return Self(__mlir_op.`index.or`(self.value, rhs.value))

    @always_inline
    fn __xor__(self, rhs: Self) -> Self:
        return Self(__mlir_op.`index.xor`(self.value, rhs.value))

    @always_inline
    fn __eq__(self, rhs: Self) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate eq>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __ne__(self, rhs: Self) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate ne>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __lt__(self, rhs: Self) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate slt>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __le__(self, rhs: Self) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate sle>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __gt__(self, rhs: Self) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate sgt>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __ge__(self, rhs: Self) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate sge>`, _type = __mlir_type.i1](self.value, rhs.value)
