"""Operating-system services, as in Mojo 24.6's `os` package: `abort`
(also a builtin, through the prelude) and `Atomic`."""

from os.os import abort
from os.atomic import Atomic
