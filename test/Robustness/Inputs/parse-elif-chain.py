"""Prints `main` with one `if` and N-1 `elif` clauses on `x` (x = PICK),
each printing its number, then `else` with ELSE_BODY (default `print(-1)`).
"""
import sys

n, pick = int(sys.argv[1]), int(sys.argv[2])
else_body = sys.argv[3] if len(sys.argv) > 3 else "print(-1)"
print(f"fn main():\n    var x = {pick}\n    if x == 0:\n        print(0)")
for i in range(1, n):
    print(f"    elif x == {i}:\n        print({i})")
print(f"    else:\n        {else_body}")
