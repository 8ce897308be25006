"""Prints N aliases, each defined in terms of the next.

    plus:  alias A0 = A1 + 1 ... alias A{N-1} = 1       (deep evaluation)
    cycle: alias A0 = A1 ... alias A{N-1} = A0          (a long cycle)
    type:  alias T0 = T1 ... alias T{N-1} = Int, used in main
    square: alias A0 = 2, alias A{i} = A{i-1} * A{i-1}  (doubling width)
    string: alias S0 = "abcd", alias S{i} = S{i-1} + S{i-1} (doubling size)
"""
import sys

mode, n = sys.argv[1], int(sys.argv[2])
if mode == "plus":
    for i in range(n - 1):
        print(f"alias A{i} = A{i + 1} + 1")
    print(f"alias A{n - 1} = 1")
elif mode == "cycle":
    for i in range(n):
        print(f"alias A{i} = A{(i + 1) % n}")
elif mode == "type":
    for i in range(n - 1):
        print(f"alias T{i} = T{i + 1}")
    print(f"alias T{n - 1} = Int")
    print("fn main():\n    var x: T0 = 42\n    print(x)")
elif mode == "square":
    print("alias A0 = 2")
    for i in range(1, n):
        print(f"alias A{i} = A{i - 1} * A{i - 1}")
elif mode == "string":
    print('alias S0 = "abcd"')
    for i in range(1, n):
        print(f"alias S{i} = S{i - 1} + S{i - 1}")
    print(f"fn main():\n    print(S{n - 1})")
else:
    sys.exit(f"unknown mode {mode}")
