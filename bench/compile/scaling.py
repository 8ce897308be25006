#!/usr/bin/env python3
"""Measures how mojoc's compile time grows with the size of its input.

Each family is a file bench/compile/FAMILY.py defining:

    DESCRIPTION = "one line"
    SIZES = [1000, 2000, 4000, 8000]       # input sizes to try, smallest first
    COMMAND = ["build", "-O3"]             # the mojoc command and flags
    def generate(n: int) -> str: ...       # a program of size n

For every size the program is generated, compiled --runs times, and the median
wall time printed beside its size; the closing line of each family gives the
fitted exponent k of time ~ size^k (least squares on log-log over the sizes
whose time is above the noise floor). Near 1 is linear, near 2 quadratic.
Nothing fails on a slow result: performance is measured, never asserted.

Usage: bench/compile/scaling.py [--mojoc PATH] [--filter NAME] [--runs N]
                                [--max-seconds S]
"""

import argparse
import importlib.util
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# Times below this are mostly start-up (the stdlib, the linker): they say
# nothing about growth, so the fit ignores them.
NOISE_FLOOR = 0.25


def load_families(filters):
    for path in sorted(HERE.glob("*.py")):
        if path.name == Path(__file__).name:
            continue
        if filters and not any(f in path.stem for f in filters):
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield path.stem, module


def time_once(mojoc, command, source, out, limit):
    argv = [mojoc] + command + [str(source)]
    if command and command[0] == "build":
        argv += ["-o", str(out)]
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=limit)
    except subprocess.TimeoutExpired:
        return None, f"over {limit:.0f} s"
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):  # 1: the family may measure errors
        return None, f"exit {proc.returncode}: " + \
            proc.stderr.decode(errors="replace")[-300:]
    return elapsed, ""


def fit_exponent(points):
    pts = [(math.log(n), math.log(t)) for n, t in points if t > NOISE_FLOOR]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in pts) / sxx


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mojoc", default=str(ROOT / "build" / "bin" / "mojoc"))
    p.add_argument("--filter", action="append", default=[])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--max-seconds", type=float, default=120.0,
                   help="stop growing a family once one size takes this long")
    args = p.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, family in load_families(args.filter):
            print(f"\n{name}: {family.DESCRIPTION}")
            print(f"  mojoc {' '.join(family.COMMAND)}")
            print(f"  {'size':>9}  {'seconds':>8}")
            points = []
            for n in family.SIZES:
                source = tmp / f"{name}_{n}.mojo"
                source.write_text(family.generate(n))
                samples, error = [], ""
                for _ in range(args.runs):
                    t, error = time_once(args.mojoc, family.COMMAND, source,
                                         tmp / "a.out", args.max_seconds * 2)
                    if t is None:
                        break
                    samples.append(t)
                if error:
                    print(f"  {n:>9}  {error}")
                    break
                median = statistics.median(samples)
                points.append((n, median))
                print(f"  {n:>9}  {median:8.2f}")
                if median > args.max_seconds:
                    break
            k = fit_exponent(points)
            print("  exponent: " + (f"{k:.2f}" if k is not None else
                                    "n/a (times under the noise floor)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
