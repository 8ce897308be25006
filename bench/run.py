#!/usr/bin/env python3
"""Runs the benchmarks in bench/ beside their peers and prints the ratios.

Each folder bench/NAME/ holds NAME.mojo and, beside it, the same program for the
tools a user would pick instead (a folder with NAME.c or NAME.cpp but no
NAME.mojo yet runs its peers, says that mojoc was skipped, and checks that the
peers agree):

    NAME.c          C, built twice: clang -O3 -march=native and -O2 -march=native
    NAME.cpp        C++, built with clang++ -O3 -march=native
    NAME.py         CPython (the interpreter running this script)
    NAME_numpy.py   NumPy   (skipped, with a note, when numpy is not importable)
    NAME_numba.py   Numba   (likewise; its time includes the JIT compile)

Every program is run --runs times, the peers taking turns; the median wall
time (time.perf_counter around the whole process) is reported, with the median CPU time (user+sys of
the child) beside it. All peers must print the same stdout as the Mojo
program. Ratios are peer time / mojoc time: 45x means the peer is 45 times
slower, 0.97x that it is slightly faster. Nothing here fails on a slow result;
performance is measured, never asserted (docs/DESIGN.md). The exit status is 1
only when something fails to build, crashes, or prints a different answer.

Usage: bench/run.py [--mojoc PATH] [--filter NAME] [--runs N] [--json PATH]
                    [--cc CC] [--cxx CXX]
"""

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
HELLO = ROOT / "examples" / "hello.mojo"

# A median below this is mostly process start-up and timer noise.
SUSPICIOUS_SECONDS = 0.020
# The Mojo/C-O2 ratio the project aims for.
TARGET_RATIO_VS_O2 = 1.3


@dataclass
class Peer:
    """One way to run a benchmark: a label, how to build it, how to run it."""

    label: str
    source: Path
    build: list = field(default_factory=list)  # argv, empty for interpreters
    run: list = field(default_factory=list)  # argv
    needs_module: str = ""  # a Python module that must be importable
    note: str = ""
    missing: str = ""  # why this peer cannot run at all (no source yet)


@dataclass
class Result:
    label: str
    wall: list = field(default_factory=list)
    cpu: list = field(default_factory=list)
    stdout: str = ""
    error: str = ""
    skipped: str = ""
    note: str = ""

    @property
    def median(self):
        return statistics.median(self.wall) if self.wall else None

    @property
    def cpu_median(self):
        return statistics.median(self.cpu) if self.cpu else None


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mojoc", default=str(ROOT / "build" / "bin" / "mojoc"),
                   help="the mojoc binary (default: build/bin/mojoc)")
    p.add_argument("--filter", action="append", default=[], metavar="NAME",
                   help="run only benchmarks whose name contains NAME "
                        "(repeatable)")
    p.add_argument("--runs", type=int, default=5,
                   help="runs per program; the median is reported (default 5)")
    p.add_argument("--budget", type=float, default=60.0, metavar="SECS",
                   help="stop repeating a program once its runs have taken "
                        "this long, after at least one run (default 60)")
    p.add_argument("--cc", default="clang-19", help="the C compiler")
    p.add_argument("--cxx", default="clang++-19", help="the C++ compiler")
    p.add_argument("--json", metavar="PATH",
                   help="also write the results as JSON to PATH")
    p.add_argument("--keep", metavar="DIR",
                   help="build into DIR and keep the executables")
    args = p.parse_args()
    if args.runs < 1:
        p.error("--runs must be at least 1")
    return args


def discover(filters):
    """The benchmark folders: bench/NAME/ holding NAME.mojo, or NAME.c or
    NAME.cpp for a benchmark whose Mojo program is not written yet (its
    peers still run and must agree with one another)."""
    names = sorted(d.name for d in BENCH_DIR.iterdir()
                   if d.is_dir() and any((d / f"{d.name}{ext}").is_file()
                                         for ext in (".mojo", ".c", ".cpp")))
    if filters:
        names = [n for n in names if any(f in n for f in filters)]
    return names


def peers_for(name, args, work):
    """The peers present for benchmark NAME, Mojo first."""
    src = BENCH_DIR / name
    mojo_exe = work / f"{name}-mojoc"
    mojo_src = src / f"{name}.mojo"
    peers = [Peer("mojoc", mojo_src,
                  build=[args.mojoc, "build", "-O3", str(mojo_src),
                         "-o", str(mojo_exe)],
                  run=[str(mojo_exe)],
                  missing="" if mojo_src.is_file() else
                  f"no bench/{name}/{name}.mojo yet")]
    c = src / f"{name}.c"
    if c.is_file():
        for level in ("-O3", "-O2"):
            exe = work / f"{name}-clang{level}"
            peers.append(Peer(f"clang{level}", c,
                              build=[args.cc, level, "-march=native", "-o",
                                     str(exe), str(c)],
                              run=[str(exe)]))
    cpp = src / f"{name}.cpp"
    if cpp.is_file():
        exe = work / f"{name}-cxx-O3"
        peers.append(Peer("C++ -O3", cpp,
                          build=[args.cxx, "-O3", "-march=native", "-o",
                                 str(exe), str(cpp)],
                          run=[str(exe)]))
    py = sys.executable
    for suffix, label, module, note in (
            ("", "CPython", "", ""),
            ("_numpy", "NumPy", "numpy", ""),
            ("_numba", "Numba", "numba", "includes JIT compile")):
        script = src / f"{name}{suffix}.py"
        if script.is_file():
            peers.append(Peer(label, script, run=[py, str(script)],
                              needs_module=module, note=note))
    return peers


def module_available(module):
    if not module:
        return True
    probe = subprocess.run([sys.executable, "-c", f"import {module}"],
                           capture_output=True)
    return probe.returncode == 0


def timed(argv):
    """Runs argv once: (wall seconds, cpu seconds, completed process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, capture_output=True, text=True,
                              errors="replace")
    except OSError as e:
        proc = subprocess.CompletedProcess(argv, 127, "", str(e))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc


def run_once(argv, result):
    """Times argv once into result; False (with result.error) on failure."""
    wall, cpu, proc = timed(argv)
    if proc.returncode != 0:
        result.error = (f"`{' '.join(argv)}` exited with {proc.returncode}"
                        f": {proc.stderr.strip()[-500:]}")
        return False
    result.wall.append(wall)
    result.cpu.append(cpu)
    result.stdout = proc.stdout
    return True


def repeat(argv, runs, budget, result):
    """Times argv up to `runs` times into result; stops early on failure or
    once `budget` seconds are spent."""
    for _ in range(runs):
        if not run_once(argv, result) or sum(result.wall) >= budget:
            break


def run_benchmark(name, args, work):
    """Builds every peer of NAME, then times them; returns (results,
    compile times).

    The runs are interleaved (one run of each peer per round) rather than
    back to back, so a machine that slows down or speeds up during the
    benchmark (other jobs, frequency scaling) shifts every peer alike and the
    ratios stay fair. A peer leaves the rotation once its runs have taken
    --budget seconds."""
    results, compile_times, active = [], {}, []
    for peer in peers_for(name, args, work):
        result = Result(peer.label, note=peer.note)
        results.append(result)
        if peer.missing:
            result.skipped = peer.missing
            continue
        if not module_available(peer.needs_module):
            result.skipped = f"{peer.needs_module} is not importable"
            continue
        if peer.build:
            build = Result(peer.label)
            repeat(peer.build, args.runs if peer.label == "mojoc" else 1,
                   args.budget, build)
            if build.error:
                result.error = "build failed: " + build.error
                continue
            compile_times[peer.label] = build
        active.append((peer, result))
    for _ in range(args.runs):
        active = [(peer, result) for peer, result in active
                  if run_once(peer.run, result)
                  and sum(result.wall) < args.budget]
    return results, compile_times


def fmt_time(seconds):
    if seconds is None:
        return "-"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.3f} s"


def fmt_ratio(peer, base):
    if peer is None or not base:
        return "-"
    r = peer / base
    return f"{r:.2f}x" if r < 10 else f"{r:.0f}x"


def print_table(rows, headers, left=(0, 1)):
    """Prints rows under headers; columns in `left` (and the last) are
    left-aligned, the numbers between them right-aligned."""
    widths = [max(len(str(r[i])) for r in [headers] + rows)
              for i in range(len(headers))]
    last = len(headers) - 1

    def cell(i, c, w):
        return str(c).ljust(w) if i in left or i == last else str(c).rjust(w)

    for r in [headers, ["-" * w for w in widths]] + rows:
        print("  ".join(cell(i, c, w)
                        for i, (c, w) in enumerate(zip(r, widths))).rstrip())


def tool_version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True).stdout
        return out.strip().splitlines()[0] if out.strip() else "?"
    except OSError:
        return "not found"


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def print_header(args):
    load = os.getloadavg()[0]
    print(f"machine : {cpu_model()}, {os.cpu_count()} cores, "
          f"load average {load:.2f}")
    print(f"mojoc   : {args.mojoc} ({tool_version([args.mojoc, '--version'])})")
    print(f"cc      : {tool_version([args.cc, '--version'])}")
    print(f"c++     : {tool_version([args.cxx, '--version'])}")
    print(f"python  : {sys.executable} {platform.python_version()}")
    print(f"runs    : median of {args.runs} (wall clock; cpu = user+sys)")
    if load > (os.cpu_count() or 1) * 0.5:
        print("warning : the machine is busy; wall times are inflated, "
              "the cpu column is steadier")
    startup = Result("startup")
    repeat(["/bin/true"], args.runs, args.budget, startup)
    print(f"startup : {fmt_time(startup.median)} to start and wait for "
          f"/bin/true (the floor under every time below)")
    print()


def main():
    args = parse_args()
    args.mojoc = str(Path(args.mojoc).resolve())
    if not (os.access(args.mojoc, os.X_OK) and Path(args.mojoc).is_file()):
        sys.exit(f"run.py: no mojoc at {args.mojoc} "
                 f"(build it: ninja -C build mojoc)")
    if shutil.which(args.cc) is None:
        sys.exit(f"run.py: no C compiler `{args.cc}`")
    if shutil.which(args.cxx) is None:
        sys.exit(f"run.py: no C++ compiler `{args.cxx}`")
    names = discover(args.filter)
    if not names:
        sys.exit("run.py: no benchmark matches")

    print_header(args)
    failed = False
    rows, compile_rows, notes, summary, report = [], [], [], [], {}
    tmp = None
    if args.keep:
        work = Path(args.keep).resolve()
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="mojoc-bench-")
        work = Path(tmp.name)

    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results, compile_times = run_benchmark(name, args, work)
        mojo = results[0]
        base = mojo.median
        # The output every peer must print: the Mojo program's, or, while
        # it is missing or failed, the first peer that ran.
        reference = next((r for r in results
                          if not r.skipped and not r.error), None)
        expected = reference.stdout if reference else None
        if mojo.skipped:
            print(f"{name}: skipping mojoc ({mojo.skipped}); comparing the "
                  f"other peers with {reference.label if reference else '-'}",
                  file=sys.stderr, flush=True)
        for r in results:
            status, time_s, cpu_s, ratio, cpu_ratio = "", "-", "-", "-", "-"
            if r.skipped:
                status = f"skipped: {r.skipped}"
            elif r.error:
                status = "FAILED"
                notes.append(f"{name}/{r.label}: {r.error}")
                failed = True
            else:
                time_s, cpu_s = fmt_time(r.median), fmt_time(r.cpu_median)
                ratio = fmt_ratio(r.median, base)
                cpu_ratio = fmt_ratio(r.cpu_median, mojo.cpu_median)
                if expected is not None and r.stdout != expected:
                    status = "WRONG OUTPUT"
                    notes.append(f"{name}/{r.label}: printed {r.stdout!r}, "
                                 f"{reference.label} printed {expected!r}")
                    failed = True
                if r.median < SUSPICIOUS_SECONDS:
                    status = (status + "; " if status else "") + "tiny"
                if len(r.wall) < args.runs:
                    status = (status + "; " if status else "") + \
                        f"{len(r.wall)} run(s), --budget"
                if r.note:
                    status = (status + "; " if status else "") + r.note
            rows.append([name, r.label, time_s, ratio, cpu_s, cpu_ratio,
                         status])
            report.setdefault(name, {})[r.label] = {
                "wall": r.wall, "cpu": r.cpu, "skipped": r.skipped,
                "error": r.error, "stdout": r.stdout}
        for label, build in compile_times.items():
            if label == "mojoc":
                compile_rows.append([f"mojoc build -O3 {name}.mojo",
                                     fmt_time(build.median),
                                     f"{len(build.wall)} run(s)"])
            elif label == "clang-O3":
                compile_rows.append([f"{args.cc} -O3 {name}.c",
                                     fmt_time(build.median), "1 run"])
            elif label == "C++ -O3":
                compile_rows.append([f"{args.cxx} -O3 {name}.cpp",
                                     fmt_time(build.median), "1 run"])
        o2 = next((r for r in results if r.label == "clang-O2"), None)
        if base and o2 and o2.median and not o2.error:
            ratio = base / o2.median
            cpu_ratio = mojo.cpu_median / o2.cpu_median \
                if o2.cpu_median else float("nan")
            verdict = "met" if ratio <= TARGET_RATIO_VS_O2 else "NOT met"
            summary.append(f"{name}: mojoc / clang-O2 = {ratio:.2f} wall, "
                           f"{cpu_ratio:.2f} cpu (aim <= {TARGET_RATIO_VS_O2}:"
                           f" {verdict})")
        # C++ has no project-wide aim: the issue that adds a benchmark states
        # its own, so the line gives the ratio alone.
        cxx = next((r for r in results if r.label == "C++ -O3"), None)
        if base and cxx and cxx.median and not cxx.error:
            cpu_ratio = mojo.cpu_median / cxx.cpu_median \
                if cxx.cpu_median else float("nan")
            summary.append(f"{name}: mojoc / C++ -O3 = {base / cxx.median:.2f}"
                           f" wall, {cpu_ratio:.2f} cpu")

    if HELLO.is_file():
        hello = Result("hello")
        repeat([args.mojoc, "build", str(HELLO), "-o", str(work / "hello")],
               args.runs, args.budget, hello)
        if hello.error:
            notes.append(f"hello: {hello.error}")
            failed = True
        else:
            compile_rows.append(["mojoc build examples/hello.mojo",
                                 fmt_time(hello.median),
                                 f"{len(hello.wall)} run(s)"])
            report["compile:hello"] = {"wall": hello.wall, "cpu": hello.cpu}

    print_table(rows, ["benchmark", "program", "wall", "ratio", "cpu",
                       "cpu ratio", "notes"])
    print()
    print_table(compile_rows, ["compile", "wall", "runs"], left=(0,))
    if summary:
        print()
        for line in summary:
            print(line)
    if any("tiny" in r[-1] for r in rows):
        print()
        print(f"tiny: a median under {SUSPICIOUS_SECONDS * 1000:.0f} ms is "
              "mostly start-up and noise; check that the work was not "
              "constant-folded away before trusting its ratio")
    for note in notes:
        print(f"note: {note}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))
    if tmp:
        tmp.cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
