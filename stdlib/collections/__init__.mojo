"""Collections: `List` (also in the prelude), `Optional`."""

from collections.list import List
from collections.optional import Optional
