"""The `algorithm` package: loops over closures (`vectorize`, `parallelize`),
re-exported from `algorithm.functional` as in Mojo 24.6."""

from algorithm.functional import parallelize, vectorize
