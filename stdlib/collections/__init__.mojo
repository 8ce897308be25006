"""Collections: `List` and `String` (also in the prelude), `Optional`,
`InlineArray`, and the key traits of `collections.dict`."""

from collections.dict import (
    KeyElement,
    RepresentableKeyElement,
    BoolableKeyElement,
)
from collections.inline_array import InlineArray
from collections.list import List
from collections.optional import Optional
from collections.string import String
