"""Collections: `List` and `String` (also in the prelude), `Optional`,
`InlineArray`."""

from collections.inline_array import InlineArray
from collections.list import List
from collections.optional import Optional
from collections.string import String
