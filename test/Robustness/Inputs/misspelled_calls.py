"""Writes N functions and a `main` that calls each by a misspelled name."""
import sys

n = int(sys.argv[1])
for i in range(n):
    print(f"fn function_{i}():\n    pass\n")
print("fn main():")
for i in range(n):
    print(f"    functon_{i}()")
