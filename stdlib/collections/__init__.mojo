"""Collections: `List` (also in the prelude)."""

from collections.list import List
from collections.string import String
