"""Facts about the machine a program is compiled for, and about the one it
runs on.

The target queries are answered while the program is compiled, for the CPU
mojoc generates code for (the host CPU): each body is the constant the
compiler folds `__compile_time_query` into (docs/compiler/builtins.md), so
a call costs nothing at run time. The core counts are asked of the
operating system when the program runs.
"""


@always_inline
fn is_x86() -> Bool:
    """Whether the target is an x86 CPU."""
    return __compile_time_query["target.is_x86"]()


@always_inline
fn has_sse4() -> Bool:
    """Whether the target has SSE4.1."""
    return __compile_time_query["target.has_sse4"]()


@always_inline
fn has_avx() -> Bool:
    """Whether the target has AVX."""
    return __compile_time_query["target.has_avx"]()


@always_inline
fn has_avx2() -> Bool:
    """Whether the target has AVX2."""
    return __compile_time_query["target.has_avx2"]()


@always_inline
fn has_avx512f() -> Bool:
    """Whether the target has the AVX-512 foundation."""
    return __compile_time_query["target.has_avx512f"]()


@always_inline
fn has_fma() -> Bool:
    """Whether the target has fused multiply-add (FMA3)."""
    return __compile_time_query["target.has_fma"]()


@always_inline
fn has_vnni() -> Bool:
    """Whether the target has AVX-512 VNNI or AVX-VNNI."""
    return __compile_time_query["target.has_vnni"]()


@always_inline
fn has_neon() -> Bool:
    """Whether the target is an Arm CPU with NEON."""
    return __compile_time_query["target.has_neon"]()


@always_inline
fn has_neon_int8_dotprod() -> Bool:
    """Whether the target has NEON and the int8 dot product."""
    return __compile_time_query["target.has_neon_int8_dotprod"]()


@always_inline
fn has_neon_int8_matmul() -> Bool:
    """Whether the target has NEON and the int8 matrix multiply."""
    return __compile_time_query["target.has_neon_int8_matmul"]()


@always_inline
fn is_apple_m1() -> Bool:
    """Whether the target is an Apple M1."""
    return __compile_time_query["target.is_apple_m1"]()


@always_inline
fn is_apple_m2() -> Bool:
    """Whether the target is an Apple M2."""
    return __compile_time_query["target.is_apple_m2"]()


@always_inline
fn is_apple_m3() -> Bool:
    """Whether the target is an Apple M3."""
    return __compile_time_query["target.is_apple_m3"]()


@always_inline
fn is_apple_silicon() -> Bool:
    """Whether the target is an Apple M-series CPU."""
    return __compile_time_query["target.is_apple_silicon"]()


@always_inline
fn is_neoverse_n1() -> Bool:
    """Whether the target is an Arm Neoverse N1."""
    return __compile_time_query["target.is_neoverse_n1"]()


@always_inline
fn has_intel_amx() -> Bool:
    """Whether the target has Intel AMX tiles."""
    return __compile_time_query["target.has_intel_amx"]()


@always_inline
fn os_is_macos() -> Bool:
    """Whether the target OS is macOS."""
    return __compile_time_query["target.os_is_macos"]()


@always_inline
fn os_is_linux() -> Bool:
    """Whether the target OS is Linux."""
    return __compile_time_query["target.os_is_linux"]()


@always_inline
fn os_is_windows() -> Bool:
    """Whether the target OS is Windows."""
    return __compile_time_query["target.os_is_windows"]()


@always_inline
fn is_nvidia_gpu() -> Bool:
    """Whether the code is compiled for an NVIDIA GPU (never, with mojoc)."""
    return __compile_time_query["target.is_nvidia_gpu"]()


@always_inline
fn is_amd_gpu() -> Bool:
    """Whether the code is compiled for an AMD GPU (never, with mojoc)."""
    return __compile_time_query["target.is_amd_gpu"]()


@always_inline
fn is_gpu() -> Bool:
    """Whether the code is compiled for a GPU (never, with mojoc)."""
    return __compile_time_query["target.is_gpu"]()


@always_inline
fn has_accelerator() -> Bool:
    """Whether the program is compiled with a GPU to offload to (never, with mojoc)."""
    return __compile_time_query["target.has_accelerator"]()


@always_inline
fn has_amd_gpu_accelerator() -> Bool:
    """Whether the program is compiled with an AMD GPU to offload to (never, with mojoc)."""
    return __compile_time_query["target.has_amd_gpu_accelerator"]()


@always_inline
fn has_nvidia_gpu_accelerator() -> Bool:
    """Whether the program is compiled with an NVIDIA GPU to offload to (never, with mojoc)."""
    return __compile_time_query["target.has_nvidia_gpu_accelerator"]()


@always_inline
fn is_little_endian() -> Bool:
    """Whether the target stores the least significant byte first."""
    return __compile_time_query["target.is_little_endian"]()


@always_inline
fn is_big_endian() -> Bool:
    """Whether the target stores the most significant byte first."""
    return __compile_time_query["target.is_big_endian"]()


@always_inline
fn is_32bit() -> Bool:
    """Whether pointers are 32 bits wide on the target."""
    return __compile_time_query["target.is_32bit"]()


@always_inline
fn is_64bit() -> Bool:
    """Whether pointers are 64 bits wide on the target."""
    return __compile_time_query["target.is_64bit"]()


@always_inline
fn is_triple[name: StringLiteral]() -> Bool:
    """Whether the target is the one the triple `name` names
    (`x86_64-unknown-linux-gnu`)."""
    return __compile_time_query["target.is_triple", name]()


@always_inline
fn simdbitwidth() -> IntLiteral:
    """The width in bits of the target's widest native vector register."""
    return __compile_time_query["target.simdbitwidth"]()


@always_inline
fn simdbytewidth() -> IntLiteral:
    """The width in bytes of the target's widest native vector register."""
    return __compile_time_query["target.simdbytewidth"]()


fn num_logical_cores() -> Int:
    """The number of hardware threads the operating system runs on."""
    return Int(__mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_num_logical_cores`, _type = __mlir_type.index]())


fn num_physical_cores() -> Int:
    """The number of physical cores (hardware threads sharing a core count
    once)."""
    return Int(__mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_num_physical_cores`, _type = __mlir_type.index]())


fn num_performance_cores() -> Int:
    """The number of physical performance cores: all of them on a CPU whose
    cores are all alike."""
    return Int(__mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_num_performance_cores`, _type = __mlir_type.index]())


@always_inline
fn sizeof[type: AnyType]() -> Int:
    """The size of a `type` in bytes, as the target lays it out."""
    return __sizeof[type]()


@always_inline
fn sizeof[type: DType]() -> Int:
    """The size of one `type` element in bytes."""
    return type.sizeof()


@always_inline
fn alignof[type: AnyType]() -> Int:
    """The alignment of a `type` in bytes, as the target lays it out."""
    return __alignof[type]()


@always_inline
fn alignof[type: DType]() -> Int:
    """The alignment of one `type` element in bytes."""
    return type.sizeof()


@always_inline
fn bitwidthof[type: AnyType]() -> Int:
    """The size of a `type` in bits, as the target lays it out."""
    return 8 * __sizeof[type]()


@always_inline
fn bitwidthof[type: DType]() -> Int:
    """The width of one `type` element in bits."""
    return type.bitwidth()


@always_inline
fn simdwidthof[type: DType]() -> Int:
    """How many `type` elements one SIMD register of the target holds."""
    return simdbitwidth() // type.bitwidth()


@always_inline
fn simdwidthof[type: AnyTrivialRegType]() -> Int:
    """How many values of `type` (`Float32`) one SIMD register of the
    target holds."""
    return simdbytewidth() // __sizeof[type]()
