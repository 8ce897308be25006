"""Pointers and raw memory: `UnsafePointer`, `memcpy`, `memset_zero`,
`stack_allocation`."""

from memory.unsafe_pointer import UnsafePointer
from memory.memory import memcpy, memset, memset_zero, memcmp, stack_allocation
