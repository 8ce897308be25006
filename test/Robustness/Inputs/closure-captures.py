"""A closure capturing N variables, called through a sibling closure that
needs its environment (so captures are looked up N times in each).

Usage: closure-captures.py N
"""
import sys

n = int(sys.argv[1])
lines = ["fn main():"]
lines += [f"    var v{i} = {i}" for i in range(n)]
lines += ["    fn total() -> Int:", "        var t = 0"]
lines += [f"        t += v{i}" for i in range(n)]
lines += ["        return t", "    fn twice() -> Int:",
          "        return total() + total()", "    print(twice())"]
print("\n".join(lines))
