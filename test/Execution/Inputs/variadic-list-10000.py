# Writes a program passing 10,000 arguments (0, 1, ... 9999) to
# `*values: Int` and reading them by run-time indices.
n = 10000
print("fn pick(indices: VariadicList[Int], *values: Int) -> Int:")
print("    var sum = 0")
print("    for i in indices:")
print("        sum += values[i]")
print("    return sum * 100000 + len(values)\n")
print("fn main():")
print("    var first = 0")
print("    var last = 9999")
print(f"    print(pick(VariadicList[Int](first, last, 5000), {', '.join(str(k) for k in range(n))}))")
