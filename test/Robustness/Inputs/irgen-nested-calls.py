"""N functions, each taking the previous one's struct, called nested in one
expression: `f(N-1)(... f1(f0(P0(0, 7), 1), 1) ..., 1)`.

Usage: irgen-nested-calls.py N
"""
import sys

n = int(sys.argv[1])
for i in range(n):
    result = f"P{(i + 1) % n}"
    print(f"@value\nstruct P{i}:\n    var a: Int\n    var b: Int\n")
    print(f"fn f{i}(x: P{i}, y: Int) -> {result}:")
    print(f"    return {result}(x.a + y, x.b)\n")
expr = "P0(0, 7)"
for i in range(n):
    expr = f"f{i}({expr}, 1)"
print("fn main():")
print(f"    var p = {expr}")
print("    print(p.a, p.b)")
