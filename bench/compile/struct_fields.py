"""A `@value` struct of n `Int` fields: built, one field updated, printed.

Returning the struct as n values made LLVM's IPSCCP quadratic in time and
memory (31 s and 2.8 GB for 4,000 fields); large results are now returned
through memory.
"""

DESCRIPTION = "@value struct of n Int fields (-O3)"
SIZES = [1000, 2000, 4000, 8000]
COMMAND = ["build", "-O3"]


def generate(n: int) -> str:
    lines = ["@value", "struct Big:"]
    lines += [f"    var f{i}: Int" for i in range(n)]
    lines += ["", "fn main():"]
    lines.append("    var b = Big(" + ", ".join(str(i) for i in range(n)) + ")")
    lines.append(f"    b.f{n - 1} += 1")
    lines.append(f"    print(b.f0, b.f{n - 1})")
    return "\n".join(lines) + "\n"
