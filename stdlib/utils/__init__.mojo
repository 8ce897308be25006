"""The `utils` package: `utils.loop`'s `unroll`, re-exported as in Mojo 24.6."""

from utils.loop import unroll
