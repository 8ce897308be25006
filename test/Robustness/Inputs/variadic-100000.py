# Writes a program passing N arguments to homogeneous `*values: Int`
# (counted, and summed by an unrolled `for`), N values to a variadic
# parameter `*sizes: Int`, and up to 4,096 arguments indexed at run time.
# With a second argument, also a run-time index over all N (an error).
import sys

n = int(sys.argv[1])
ones = ", ".join(["1"] * n)
counting = ", ".join(str(k) for k in range(n))
print("fn add(*values: Int) -> Int:")
print("    var s = 0")
print("    for v in values:")
print("        s += v")
print("    return s\n")
print("fn nargs(*values: Int) -> Int:")
print("    return len(values)\n")
print("fn count[*sizes: Int]() -> Int:")
print("    return len(sizes)\n")
print("fn at(i: Int, *values: Int) -> Int:")
print("    return values[i]\n")
print("fn main():")
if len(sys.argv) > 2 and sys.argv[2] == "sum":
    print(f"    print(add({ones}))")
print(f"    print(nargs({ones}))")
print(f"    print(count[{ones}]())")
print("    var i = 0")
print(f"    i += {min(n, 4096) - 1}")
print(f"    print(at(i, {', '.join(counting.split(', ')[:4096])}))")
if len(sys.argv) > 2 and sys.argv[2] == "over":
    print(f"    print(at(i, {counting}))")
