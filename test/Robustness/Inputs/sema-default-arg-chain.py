"""Prints N functions whose default values each call the next function:
fn f0(x: Int = f1()), fn f1(x: Int = f2()), ..., and a call of f0().
"""
import sys

n = int(sys.argv[1])
for i in range(n - 1):
    print(f"fn f{i}(x: Int = f{i + 1}()) -> Int:\n    return x\n")
print(f"fn f{n - 1}(x: Int = 1) -> Int:\n    return x\n")
print("fn main():\n    print(f0())")
