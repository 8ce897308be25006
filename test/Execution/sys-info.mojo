# RUN: %mojoc run %s > %t.out
# RUN: %python %S/Inputs/check_sys_info.py %t.out
# RUN: %FileCheck %s < %t.out
# `sys.info` answers for the CPU the program is compiled for (the host):
# the helper compares each answer with /proc/cpuinfo and /sys, so the test
# holds on machines with and without AVX-512.

from sys import info
from sys import has_avx2, num_logical_cores, simdbitwidth
from sys.info import (
    has_avx,
    has_avx512f,
    has_fma,
    has_intel_amx,
    has_neon,
    has_sse4,
    has_vnni,
    is_32bit,
    is_64bit,
    is_big_endian,
    is_little_endian,
    is_x86,
    num_performance_cores,
    num_physical_cores,
    os_is_linux,
    os_is_macos,
    os_is_windows,
    simdbytewidth,
)
import sys


fn main():
    # CHECK: is_x86
    print("is_x86", is_x86())
    print("has_sse4", has_sse4())
    print("has_avx", has_avx())
    print("has_avx2", has_avx2())
    print("has_avx512f", has_avx512f())
    print("has_fma", has_fma())
    print("has_vnni", has_vnni())
    print("has_intel_amx", has_intel_amx())
    print("has_neon", has_neon())
    print("has_neon_int8_dotprod", info.has_neon_int8_dotprod())
    print("has_neon_int8_matmul", info.has_neon_int8_matmul())
    print("is_apple_silicon", sys.info.is_apple_silicon())
    print("is_apple_m1", info.is_apple_m1())
    print("is_neoverse_n1", info.is_neoverse_n1())
    print("os_is_linux", os_is_linux())
    print("os_is_macos", os_is_macos())
    print("os_is_windows", os_is_windows())
    print("is_little_endian", is_little_endian())
    print("is_big_endian", is_big_endian())
    print("is_32bit", is_32bit())
    print("is_64bit", is_64bit())
    # CHECK: is_gpu False
    print("is_gpu", info.is_gpu())
    # CHECK: is_nvidia_gpu False
    print("is_nvidia_gpu", sys.is_nvidia_gpu())
    # CHECK: is_amd_gpu False
    print("is_amd_gpu", sys.is_amd_gpu())
    # CHECK: has_accelerator False
    print("has_accelerator", sys.has_accelerator())
    print("simdbitwidth", simdbitwidth())
    print("simdbytewidth", simdbytewidth())
    print("num_logical_cores", num_logical_cores())
    print("num_physical_cores", num_physical_cores())
    print("num_performance_cores", num_performance_cores())
    # A triple names the target whatever its vendor (`unknown`, `pc`).
    # CHECK: is_triple_agrees True
    alias x86_linux = info.is_triple["x86_64-unknown-linux-gnu"]()
    print("is_triple_agrees", x86_linux == (is_x86() and is_64bit() and os_is_linux()))
    # CHECK: is_triple_wasm False
    print("is_triple_wasm", sys.is_triple["wasm32-unknown-unknown"]())
