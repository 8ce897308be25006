# Writes a program passing N arguments to homogeneous `*values: Int` and N
# values to a variadic parameter `*sizes: Int`, counting both ("count"), or
# one reading N arguments by a run-time index ("index"), or one reading N
# parameters by a run-time index ("over": past the limit).
import sys

n = int(sys.argv[1])
mode = sys.argv[2]
if mode == "count":
    ones = ", ".join(["1"] * n)
    print("fn nargs(*values: Int) -> Int:")
    print("    return len(values)\n")
    print("fn count[*sizes: Int]() -> Int:")
    print("    return len(sizes)\n")
    print("fn main():")
    print(f"    print(nargs({ones}))")
    print(f"    print(count[{ones}]())")
elif mode == "over":
    ones = ", ".join(["1"] * n)
    print("fn at[*sizes: Int](i: Int) -> Int:")
    print("    return sizes[i]\n")
    print("fn main():")
    print(f"    print(at[{ones}](0))")
else:
    counting = ", ".join(str(k) for k in range(n))
    print("fn at(i: Int, *values: Int) -> Int:")
    print("    return values[i]\n")
    print("fn main():")
    print("    var i = 0")
    print(f"    i += {n - 1}")
    print(f"    print(at(i, {counting}))")
