# lit configuration for the mojoc test suites.
import os
import lit.formats

config.name = "mojoc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mojo"]
config.excludes = ["Inputs", "unit", "fuzz", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.mojoc_obj_root, "test")

bin_dir = os.path.join(config.mojoc_obj_root, "bin")
mojoc = os.path.join(bin_dir, "mojoc")
# `lit.py --param mojoc_opt=-O0 ...` gives every `%mojoc run` and `%mojoc
# build` that flag, so a suite runs again at another optimization level
# (`./dev test` runs test/Execution at -O0 this way). It goes first: a test's
# own `-O<n>` comes after it and wins. These must precede `%mojoc`, which
# they contain.
mojoc_opt = lit_config.params.get("mojoc_opt", "").strip()
if mojoc_opt:
    config.name += " (%s)" % mojoc_opt
    for command in ("run", "build"):
        config.substitutions.append(
            ("%%mojoc %s" % command, "%s %s %s" % (mojoc, command, mojoc_opt)))
config.substitutions.append(("%mojoc", mojoc))
config.substitutions.append(("%FileCheck", os.path.join(config.llvm_tools_dir, "FileCheck")))
config.substitutions.append(("%not", os.path.join(config.llvm_tools_dir, "not")))
config.environment["PATH"] = os.pathsep.join(
    [bin_dir, config.llvm_tools_dir, config.environment.get("PATH", "")])

# Large inputs are generated at test time by small scripts (never committed):
#   RUN: %python %S/Inputs/gen.py 10000 > %t.mojo
config.substitutions.append(("%python", "/usr/bin/python3"))

# `%limit CMD...` runs CMD with a budget of CPU seconds and address space, so
# a regression to a hang or runaway memory fails its test instead of stalling
# CI. The wall-clock `timeout` catches a command blocked without using CPU.
# Budgets are generous beside what a healthy run takes (well under a second
# of CPU for most tests); MOJOC_TEST_LIMIT_CPU scales them on slow machines.
limit_cpu = int(os.environ.get("MOJOC_TEST_LIMIT_CPU", "30"))
config.substitutions.append(
    ("%limit", "timeout -k 5 %d prlimit --cpu=%d --as=%d --"
     % (limit_cpu * 4, limit_cpu, 4 << 30)))
