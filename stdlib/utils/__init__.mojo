"""The `utils` package: `utils.loop`'s `unroll`, re-exported as in Mojo 24.6,
and `utils.numerics` (imported as a submodule)."""

from utils.loop import unroll
