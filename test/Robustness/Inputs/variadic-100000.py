# Writes a program passing N arguments to a homogeneous `*values: Int`,
# N values to a variadic parameter `*sizes: Int`, and N arguments indexed
# at run time.
import sys

n = int(sys.argv[1])
ones = ", ".join(["1"] * n)
counting = ", ".join(str(k) for k in range(n))
print("fn add(*values: Int) -> Int:")
print("    var s = 0")
print("    for v in values:")
print("        s += v")
print("    return s\n")
print("fn count[*sizes: Int]() -> Int:")
print("    return len(sizes)\n")
print("fn at(i: Int, *values: Int) -> Int:")
print("    return values[i]\n")
print("fn main():")
print(f"    print(add({ones}))")
print(f"    print(count[{ones}]())")
print("    var i = 0")
print(f"    i += {min(n, 4096) - 1}")
# A run-time index over 4,096 elements (the limit), then over all of
# them, which is an error rather than minutes of LLVM.
print(f"    print(at(i, {', '.join(counting.split(', ')[:4096])}))")
if len(sys.argv) > 2:
    print(f"    print(at(i, {counting}))")
