"""Pointers and raw memory: `UnsafePointer`, `Pointer`, `AddressSpace`,
`OwnedPointer`, `ArcPointer`, `UnsafeMaybeUninitialized`, `Span`, `memcpy`,
`memset_zero`, `stack_allocation`."""

from memory.arc import ArcPointer
from memory.maybe_uninitialized import UnsafeMaybeUninitialized
from memory.owned_pointer import OwnedPointer
from memory.pointer import AddressSpace, Pointer
from memory.span import Span
from memory.unsafe_pointer import UnsafePointer
from memory.memory import memcpy, memset, memset_zero, memcmp, stack_allocation
