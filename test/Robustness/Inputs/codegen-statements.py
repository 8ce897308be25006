"""A `main` of N statements `x = x + i` then `print(x)`.

Usage: codegen-statements.py N
"""
import sys

n = int(sys.argv[1])
lines = ["fn main():", "    var x = 0"]
lines += [f"    x = x + {i}" for i in range(n)]
lines.append("    print(x)")
print("\n".join(lines))
