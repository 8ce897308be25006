# Writes a program with one list display of N integers, which it sums.
import sys

n = int(sys.argv[1])
print("fn main():")
print("    var l = [" + ", ".join(str(i) for i in range(n)) + "]")
print("    var s = 0")
print("    for x in l:")
print("        s += x[]")
print("    print(len(l), l[-1], s)")
