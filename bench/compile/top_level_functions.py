"""N top-level functions, each called by none but checked by `mojoc check`.

Each function names `Int`, which is not declared in the file: looking it up
once scanned every declaration for imports, so checking was quadratic in
the number of functions.
"""

DESCRIPTION = "N top-level functions, checked"
SIZES = [15000, 30000, 60000, 120000]
COMMAND = ["check"]


def generate(n: int) -> str:
    funcs = [f"fn f{i}(x: Int) -> Int:\n    return x + {i}\n" for i in range(n)]
    funcs.append("fn main():\n    print(f0(1))\n")
    return "\n".join(funcs)
