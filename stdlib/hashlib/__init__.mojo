"""The `hashlib` package: `Hashable` and `hash` (both also in the prelude),
from `hashlib.hash` as in Mojo 24.6."""

from hashlib.hash import Hashable, hash
