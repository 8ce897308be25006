"""The `utils` package: `utils.loop`'s `unroll` and `utils.index_`'s
`IndexList`, re-exported as in Mojo 24.6, and `utils.numerics` (imported as
a submodule)."""

from utils.loop import unroll
from utils.index_ import IndexList, Index, product
from utils.string_slice import StringSlice, StaticString
from utils.stringref import StringRef
from utils.write import Writer, Writable, write_args
