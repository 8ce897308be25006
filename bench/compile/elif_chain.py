"""One `if` with N - 1 `elif` clauses: parsed, checked and emitted as one
flat statement, without recursion per clause.
"""

DESCRIPTION = "an if/elif chain of N clauses, checked"
SIZES = [20000, 40000, 80000, 160000]
COMMAND = ["check"]


def generate(n: int) -> str:
    lines = ["fn main():", "    var x = 3", "    if x == 0:", "        print(0)"]
    for i in range(1, n):
        lines += [f"    elif x == {i}:", f"        print({i})"]
    lines += ["    else:", "        print(-1)", ""]
    return "\n".join(lines)
