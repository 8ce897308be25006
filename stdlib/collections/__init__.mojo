"""Collections: `List` (also in the prelude)."""

from collections.list import List
