"""Writes N top-level functions, only the first of them called."""
import sys

n = int(sys.argv[1])
for i in range(n):
    print(f"fn f{i}(x: Int) -> Int:\n    return x + {i}\n")
print("fn main():\n    print(f0(1))")
