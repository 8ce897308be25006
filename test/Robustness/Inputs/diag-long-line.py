"""One line of N statements, each using an undeclared name (for
diag-long-line.mojo): about 14 bytes a statement."""
import sys

n = int(sys.argv[1])
print("fn main():")
print("    " + "; ".join("print(u%d)" % i for i in range(n)))
