"""Checks what test/Execution/sys-info.mojo printed against the machine.

Each line is `name value`. The target queries must agree with the flags
/proc/cpuinfo lists (Linux on x86) and with each other, and the core counts
with what the OS reports. Exits 1 with a message per disagreement.
"""
import os
import platform
import struct
import sys

answers = {}
with open(sys.argv[1]) as out:
    for line in out:
        name, value = line.split()
        answers[name] = {"True": True, "False": False}.get(value, value)
errors = []


def expect(name, want):
    got = answers[name]
    if got != want:
        errors.append(f"{name}: printed {got}, expected {want}")


def implies(a, b):
    if answers[a] and not answers[b]:
        errors.append(f"{a} is True but {b} is False")


machine = platform.machine().lower()
x86 = machine in ("x86_64", "amd64", "i386", "i686")
expect("is_x86", x86)
expect("os_is_linux", sys.platform.startswith("linux"))
expect("os_is_macos", sys.platform == "darwin")
expect("os_is_windows", sys.platform.startswith("win"))
expect("is_little_endian", sys.byteorder == "little")
expect("is_big_endian", sys.byteorder == "big")
bits = struct.calcsize("P") * 8
expect("is_64bit", bits == 64)
expect("is_32bit", bits == 32)

flags = set()
if os.path.exists("/proc/cpuinfo"):
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith(("flags", "Features")):
                flags.update(line.split(":", 1)[1].split())
if x86 and flags:
    expect("has_sse4", "sse4_1" in flags)
    expect("has_avx", "avx" in flags)
    expect("has_avx2", "avx2" in flags)
    expect("has_avx512f", "avx512f" in flags)
    expect("has_fma", "fma" in flags)
    expect("has_vnni", "avx512_vnni" in flags or "avx_vnni" in flags)
    expect("has_intel_amx", "amx_tile" in flags)
if x86:
    for arm_only in ("has_neon", "has_neon_int8_dotprod",
                     "has_neon_int8_matmul", "is_apple_silicon",
                     "is_apple_m1", "is_neoverse_n1"):
        expect(arm_only, False)
implies("has_avx512f", "has_avx2")
implies("has_avx2", "has_avx")
implies("has_avx", "has_sse4")
implies("has_neon_int8_dotprod", "has_neon")
implies("has_neon_int8_matmul", "has_neon")
implies("is_apple_m1", "is_apple_silicon")

width = 512 if answers["has_avx512f"] else 256 if answers["has_avx"] else 128
expect("simdbitwidth", str(width))
expect("simdbytewidth", str(width // 8))

logical = int(answers["num_logical_cores"])
physical = int(answers["num_physical_cores"])
performance = int(answers["num_performance_cores"])
if logical != os.cpu_count():
    errors.append(f"num_logical_cores: printed {logical}, "
                  f"expected {os.cpu_count()}")
if not 1 <= performance <= physical <= logical:
    errors.append(f"core counts out of order: performance {performance}, "
                  f"physical {physical}, logical {logical}")
topology = "/sys/devices/system/cpu"
if sys.platform.startswith("linux") and os.path.isdir(topology):
    cores = set()
    for entry in os.listdir(topology):
        if not (entry.startswith("cpu") and entry[3:].isdigit()):
            continue
        base = os.path.join(topology, entry, "topology")
        try:
            with open(os.path.join(base, "core_id")) as f:
                core = int(f.read())
            with open(os.path.join(base, "physical_package_id")) as f:
                package = int(f.read())
        except OSError:
            continue
        cores.add((package, core))
    if cores and physical != len(cores):
        errors.append(f"num_physical_cores: printed {physical}, "
                      f"expected {len(cores)}")

for error in errors:
    print("sys-info:", error)
sys.exit(1 if errors else 0)
