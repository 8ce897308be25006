"""A `@value` struct of N `Int` fields, built, updated and printed.

Usage: codegen-struct-fields.py N
"""
import sys

n = int(sys.argv[1])
lines = ["@value", "struct Big:"]
lines += [f"    var f{i}: Int" for i in range(n)]
lines += ["", "fn main():"]
lines.append("    var b = Big(" + ", ".join(str(i) for i in range(n)) + ")")
lines.append(f"    b.f{n - 1} += 1")
lines.append(f"    print(b.f0, b.f{n - 1})")
print("\n".join(lines))
