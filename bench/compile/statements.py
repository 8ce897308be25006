"""A `main` of n straight-line statements `x = x + i`, at -O3.

Every statement calls `Int.__add__` and `Int.__init__`, which MLIR inlines:
upstream's inliner split the block at each call (quadratic; 33 s for
10,000 statements).
"""

DESCRIPTION = "n statements `x = x + i` in one function (-O3)"
SIZES = [2500, 5000, 10000, 20000]
COMMAND = ["build", "-O3"]


def generate(n: int) -> str:
    lines = ["fn main():", "    var x = 0"]
    lines += [f"    x = x + {i}" for i in range(n)]
    lines.append("    print(x)")
    return "\n".join(lines) + "\n"
