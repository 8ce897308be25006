"""One `if` with N - 1 `elif` clauses, each declaring a variable: parsed
and checked as one flat statement, without recursion per clause, and the
arms' effects on definite initialization merged without copying the set of
uninitialized variables per arm.
"""

DESCRIPTION = "an if/elif chain of N clauses, checked"
SIZES = [20000, 40000, 80000, 160000]
COMMAND = ["check"]


def generate(n: int) -> str:
    lines = ["fn main():", "    var x = 3", "    if x == 0:", "        print(0)"]
    for i in range(1, n):
        lines += [f"    elif x == {i}:", f"        v{i} = {i}",
                  f"        print(v{i})"]
    lines += ["    else:", "        print(-1)", ""]
    return "\n".join(lines)
