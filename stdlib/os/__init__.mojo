"""Operating-system services, as in Mojo 24.6's `os` package: `abort`
(also a builtin, through the prelude)."""

from os.os import abort
