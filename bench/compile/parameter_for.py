"""`@parameter for` over range(n): the body is checked and emitted n times.

The unrolled body calls `Int` methods that MLIR inlines; upstream's inliner
split the block at each call (quadratic; over 180 s for 100,000).
"""

DESCRIPTION = "@parameter for i in range(n): x += i * 3 (-O3)"
SIZES = [12500, 25000, 50000, 100000]
COMMAND = ["build", "-O3"]


def generate(n: int) -> str:
    return (
        "fn main():\n"
        "    var x = 0\n"
        "    @parameter\n"
        f"    for i in range({n}):\n"
        "        x += i * 3\n"
        "    print(x)\n"
    )
