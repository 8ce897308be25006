"""Access to the process (`exit`, `argv`), compile-time defines (`sys.param_env`)
and facts about the target (`sys.info`), re-exported here as in Mojo 24.6."""

from sys.info import (
    alignof,
    bitwidthof,
    has_accelerator,
    has_amd_gpu_accelerator,
    has_avx,
    has_avx2,
    has_avx512f,
    has_fma,
    has_intel_amx,
    has_neon,
    has_neon_int8_dotprod,
    has_neon_int8_matmul,
    has_nvidia_gpu_accelerator,
    has_sse4,
    has_vnni,
    is_32bit,
    is_64bit,
    is_amd_gpu,
    is_apple_m1,
    is_apple_m2,
    is_apple_m3,
    is_apple_silicon,
    is_big_endian,
    is_gpu,
    is_little_endian,
    is_neoverse_n1,
    is_nvidia_gpu,
    is_triple,
    is_x86,
    num_logical_cores,
    num_performance_cores,
    num_physical_cores,
    os_is_linux,
    os_is_macos,
    os_is_windows,
    simdbitwidth,
    simdbytewidth,
    simdwidthof,
    sizeof,
)
from memory import UnsafePointer
from utils.stringref import StringRef
from sys.param_env import (
    env_get_bool,
    env_get_int,
    env_get_string,
    is_defined,
)


fn exit():
    """Ends the process with status 0, after flushing buffered output."""
    exit(0)


fn exit(code: Int):
    """Ends the process with status `code`, after flushing buffered output."""
    __mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_exit`](code.value)


fn exit[intable: Intable](code: intable):
    """Ends the process with status `int(code)`, after flushing buffered
    output."""
    exit(Int(code))


fn argv() -> VariadicList[StringRef]:
    """The program's command-line arguments; `argv()[0]` is the program
    (for `mojoc run FILE args...`, FILE). Views of the strings the process
    started with, valid as long as it runs."""
    var views = __mlir_op.`func.call`[
        callee = __mlir_attr.`@mojo_rt_argv_views`,
        _type = __mlir_type.`!llvm.ptr`,
    ]()
    var count = Int(
        __mlir_op.`func.call`[
            callee = __mlir_attr.`@mojo_rt_argc`, _type = __mlir_type.index
        ]()
    )
    return VariadicList[StringRef](
        unsafe_ptr=UnsafePointer[StringRef](views), length=count
    )
