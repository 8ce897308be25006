#!/usr/bin/env python3
"""Compile time of instantiation against code written out by hand.

Two pairs of programs, each pair doing the same work:
- structs: one instantiates a parametric struct at n distinct parameter
  values (`Cell[0]` ... `Cell[n-1]`), the other declares n structs written
  out by hand (`Cell0` ... `Cellk`), each with the same fields and methods;
- functions: over n structs conforming to one trait, one calls a generic
  function (`score[T: Scored]`, its instances substituted from the body
  checked against the bound) for each, the other calls n functions
  written out by hand (`score0` ... `scorek`).
Each is compiled with `mojoc check` and with `mojoc build -O3`; the median
of --runs compilations is printed, with the ratio generic / written. Near 1
means instantiating costs no more than writing the code out. Performance
is measured, never asserted.

Usage: bench/generics/instantiation.py [--mojoc PATH] [-n N] [--runs R]
"""

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

METHODS = """
    fn __init__(out self, value: Int):
        self.value = value
        self.count = {k}

    fn scaled(self) -> Int:
        return self.value * {k} + self.count

    fn bump(mut self):
        self.value += {k}
"""


def generic_program(n: int) -> str:
    lines = ["struct Cell[k: Int]:", "    var value: Int", "    var count: Int"]
    lines.append(METHODS.format(k="k"))
    lines += ["", "fn main():", "    var total = 0"]
    for i in range(n):
        lines += [f"    var c{i} = Cell[{i}]({i})", f"    c{i}.bump()",
                  f"    total += c{i}.scaled()"]
    lines.append("    print(total)")
    return "\n".join(lines) + "\n"


def written_program(n: int) -> str:
    lines = []
    for i in range(n):
        lines += [f"struct Cell{i}:", "    var value: Int", "    var count: Int"]
        lines.append(METHODS.format(k=str(i)))
    lines += ["", "fn main():", "    var total = 0"]
    for i in range(n):
        lines += [f"    var c{i} = Cell{i}({i})", f"    c{i}.bump()",
                  f"    total += c{i}.scaled()"]
    lines.append("    print(total)")
    return "\n".join(lines) + "\n"


SCORED = """
@value
struct S{i}(Scored):
    var a: Int
    var b: Int

    fn first(self) -> Int:
        return self.a

    fn second(self) -> Int:
        return self.b
"""

SCORE_BODY = """
    var total = 0
    var i = 0
    while i < 3:
        total += x.first() * i + x.second()
        i += 1
    if total > 100:
        return total - x.first()
    return total + x.second()
"""


def scored_program(n: int, generic: bool) -> str:
    lines = ["trait Scored(CollectionElement):",
             "    fn first(self) -> Int: ...", "",
             "    fn second(self) -> Int: ...", ""]
    for i in range(n):
        lines.append(SCORED.format(i=i))
    if generic:
        lines += ["fn score[T: Scored](x: T) -> Int:" + SCORE_BODY]
    else:
        for i in range(n):
            lines += [f"fn score{i}(x: S{i}) -> Int:" + SCORE_BODY]
    lines += ["", "fn main():", "    var total = 0"]
    for i in range(n):
        callee = "score" if generic else f"score{i}"
        lines.append(f"    total += {callee}(S{i}({i}, {i + 1}))")
    lines.append("    print(total)")
    return "\n".join(lines) + "\n"


def median_time(argv, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mojoc", default=str(ROOT / "build" / "bin" / "mojoc"))
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pairs = {
        "structs": (f"{args.n} instances of one parametric struct vs "
                    f"{args.n} written structs",
                    generic_program(args.n), written_program(args.n)),
        "functions": (f"{args.n} instances of one generic function vs "
                      f"{args.n} written functions",
                      scored_program(args.n, True),
                      scored_program(args.n, False)),
    }
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for title, generic, written in pairs.values():
            compare(args, tmp, title, {"generic": generic, "written": written})


def compare(args, tmp, title, programs):
    outputs = {}
    for name, text in programs.items():
        (tmp / f"{name}.mojo").write_text(text)
    for name in programs:
        exe = tmp / name
        subprocess.run([args.mojoc, "build", "-O3", str(tmp / f"{name}.mojo"),
                        "-o", str(exe)], check=True)
        outputs[name] = subprocess.run([str(exe)], check=True,
                                       capture_output=True).stdout
    assert outputs["generic"] == outputs["written"], "the programs differ"
    print(f"{title} (median of {args.runs})")
    for label, command in (("check", ["check"]),
                           ("build -O3", ["build", "-O3"])):
        times = {}
        for name in programs:
            argv = [args.mojoc] + command + [str(tmp / f"{name}.mojo")]
            if command[0] == "build":
                argv += ["-o", str(tmp / f"{name}.out")]
            times[name] = median_time(argv, args.runs)
        print(f"  {label:10} generic {times['generic']:6.2f} s   "
              f"written {times['written']:6.2f} s   "
              f"ratio {times['generic'] / times['written']:.2f}")


if __name__ == "__main__":
    main()
