"""The names every module sees without an import."""

from builtin.anytype import AnyType, AnyTrivialRegType
from builtin.bool import (
    Bool,
    Boolable,
    ImplicitlyBoolable,
    any,
    all,
    bool,
)
from builtin.comparable import Comparable
from builtin.equality_comparable import EqualityComparable
from builtin.identifiable import Identifiable
from builtin.int import Int, Indexer, Intable, IntableRaising, int
from builtin.uint import UInt
from hashlib.hash import Hashable, hash
from builtin.floatable import Floatable, FloatableRaising, float
from builtin.len import Sized, SizedRaising, UIntSized, len
from builtin.math import (
    Absable,
    Powable,
    Roundable,
    abs,
    divmod,
    max,
    min,
    pow,
    round,
)
from builtin.swap import swap
from builtin.sort import sort
from builtin.value import (
    Movable,
    Copyable,
    ExplicitlyCopyable,
    Defaultable,
    CollectionElement,
    CollectionElementNew,
    EqualityComparableCollectionElement,
    ComparableCollectionElement,
    BoolableCollectionElement,
)
from builtin.int_literal import IntLiteral
from builtin.string_literal import StringLiteral
from builtin.range import range
from builtin.tuple import Tuple
from builtin.variadics import VariadicList, VariadicListMem, VariadicPack
from collections.list import List
from collections.dict import KeyElement, BoolableKeyElement
from builtin.reversed import reversed
from builtin.io import print, Writer, Writable, FileDescriptor
from builtin.str import (
    Stringable,
    StringableRaising,
    Representable,
    StringableCollectionElement,
    RepresentableCollectionElement,
    str,
    repr,
)
from builtin.format_int import bin, hex, oct
from builtin.input import input
from collections.string import (
    String,
    ascii,
    atof,
    atol,
    chr,
    isdigit,
    islower,
    isprintable,
    isupper,
    ord,
)
from builtin.error import Error
from builtin.none import NoneType, _NoneTypeMethods
from builtin.builtin_slice import Slice, slice
from builtin.constrained import constrained
from os.os import abort
from memory.pointer import AddressSpace, Pointer
from builtin.debug_assert import debug_assert
from builtin.rebind import rebind
from builtin.dtype import DType
from builtin.float_literal import FloatLiteral
from builtin.simd import (
    SIMD,
    Scalar,
    Int8,
    UInt8,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float16,
    BFloat16,
    Float32,
    Float64,
    Byte,
)
