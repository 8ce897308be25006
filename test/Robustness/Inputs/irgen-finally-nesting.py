"""N nested `try`s, each with a `return` in its body and the next `try` in
its `finally`: every level emits the `finally` below it twice (once for the
`return`, once for the normal end), 2**N copies in all.

Usage: irgen-finally-nesting.py N
"""
import sys

n = int(sys.argv[1])
print("fn f(c: Bool) -> Int:")
indent = "    "
for level in range(n):
    print(f"{indent}try:")
    print(f"{indent}    if c:")
    print(f"{indent}        return {level}")
    print(f"{indent}finally:")
    indent += "    "
print(f'{indent}print("innermost")')
print("    return 0")
print()
print("fn main():")
print("    print(f(True))")
