"""Prints an alias or variable initialized with a literal of N digits.

    int:   alias X = 777...7            (N digits)
    float: fn main(): var x = .111...1  (N digits after the point); print(x)
"""
import sys

mode, n = sys.argv[1], int(sys.argv[2])
if mode == "int":
    print("alias X = " + "7" * n)
elif mode == "float":
    print("fn main():\n    var x = ." + "1" * n + "\n    print(x)")
else:
    sys.exit(f"unknown mode {mode}")
