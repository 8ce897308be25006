"""Prints N aliases, each computed by a call on the next (A0 = f(A1), ...)."""
import sys

n = int(sys.argv[1])
print("fn f(x: Int) -> Int:\n    return x + 1\n")
for i in range(n):
    print(f"alias A{i} = f(A{i + 1})")
print(f"alias A{n} = 0")
print("fn main():\n    print(A0)")
