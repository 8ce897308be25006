"""SIMD float32 sum: the NumPy peer of simd_sum.mojo (see simd_sum.c for the
problem). NumPy sums pairwise, not with one vector accumulator, but every
addition is exact for this data, so the digits are the same."""
import numpy as np

N = 1 << 24
REPS = 48


def main():
    a = ((np.arange(N, dtype=np.int64) % 11) // 4).astype(np.float32)
    first = 0.0
    total = 0
    for r in range(REPS):
        s = a.sum(dtype=np.float32)
        if r == 0:
            first = float(s)
        total += int(s)
        a[r * 4099 % N] += np.float32(1.0)
    print(f"{first:.1f}")
    print(total)


if __name__ == "__main__":
    main()
