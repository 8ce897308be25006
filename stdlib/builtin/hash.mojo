"""`Hashable` and `hash` under their pre-24.6 path, `builtin.hash`; they
are defined in `hashlib.hash`, where Mojo 24.6 keeps them."""

from hashlib.hash import Hashable, hash
