"""Prints `main` with an `if`/`elif` chain of N clauses, each declaring a
variable of its own by assignment, then a read of the first one, which the
other N - 1 arms leave unassigned.
"""
import sys

n = int(sys.argv[1])
print("fn main():\n    var x = 3\n    if x == 0:\n        v0 = 0")
for i in range(1, n):
    print(f"    elif x == {i}:\n        v{i} = {i}")
print("    print(v0)")
