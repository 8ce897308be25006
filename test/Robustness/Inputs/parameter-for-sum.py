"""Writes a `main` whose `@parameter for` unrolls N iterations of `x += i * 3`."""
import sys

n = int(sys.argv[1])
print("fn main():\n    var x = 0\n    @parameter")
print(f"    for i in range({n}):\n        x += i * 3\n    print(x)")
