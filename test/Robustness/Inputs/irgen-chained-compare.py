"""A chained comparison of N operands, `0 < 1 < 2 < ... < N-1`, printed.

Usage: irgen-chained-compare.py N
"""
import sys

n = int(sys.argv[1])
chain = " < ".join(f"x + {i}" for i in range(n))
print("fn main():")
print("    var x = 0")
print(f"    print({chain})")
