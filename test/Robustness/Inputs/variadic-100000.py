# Writes a program passing N arguments to a homogeneous `*values: Int` and
# N values to a variadic parameter `*sizes: Int`.
import sys

n = int(sys.argv[1])
ones = ", ".join(["1"] * n)
print("fn add(*values: Int) -> Int:")
print("    var s = 0")
print("    for v in values:")
print("        s += v")
print("    return s\n")
print("fn count[*sizes: Int]() -> Int:")
print("    return len(sizes)\n")
print("fn main():")
print(f"    print(add({ones}))")
print(f"    print(count[{ones}]())")
