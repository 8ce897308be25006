/*===- mojo_runtime.h - The C ABI of the mojoc runtime --------------------===*
 *
 * Every function compiled programs (and the stdlib, through `external_call`
 * or IRGen) may call in the runtime. The ABI is plain C with the `mojo_rt_`
 * prefix so that generated code can declare these as `llvm.func` externals
 * without knowing C++ mangling. `Int` arguments are `int64_t`.
 *
 * The JIT resolves these by address from `runtime/symbols.def`; a function
 * added here must be listed there too, or `mojoc run` cannot find it.
 *
 *===----------------------------------------------------------------------===*/
#ifndef MOJO_RUNTIME_H
#define MOJO_RUNTIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Buffer sizes the format functions need: a signed 64-bit integer takes at
 * most 20 characters, a float of any width at most 24
 * ("-2.2250738585072014e-308"); the float size leaves room to spare. */
#define MOJO_RT_INT_BUFFER_SIZE 21
#define MOJO_RT_FLOAT_BUFFER_SIZE 32

/*--- args.cpp: process startup and the command line ---------------------*/

/// Records the command line and installs the process hooks (stdout flush at
/// exit and before a fatal signal). Called by the runtime's `main` and by the
/// JIT before `__mojo_main`; calling it again only replaces the arguments.
void mojo_rt_init(int argc, char **argv);

/// Ends what mojo_rt_init began, for a host process that outlives the
/// program (the JIT): flushes output, forgets the arguments and puts back the
/// signal handlers the host had, so that a later crash is the host's.
void mojo_rt_fini(void);

/// The number of command-line arguments, the program name included.
int64_t mojo_rt_argc(void);

/// Argument `i` (0 is the program name) as a NUL-terminated string, or NULL
/// when `i` is out of range.
const char *mojo_rt_argv(int64_t i);

/// Every argument as a (pointer, byte length) pair, the layout of the
/// stdlib's `StringRef`: mojo_rt_argc() of them, valid until mojo_rt_fini.
const void *mojo_rt_argv_views(void);

/*--- io.cpp: buffered output ---------------------------------------------*/

/// Writes `len` bytes to file descriptor `fd`. Standard output is buffered
/// (line-buffered when it is a terminal); standard error flushes standard
/// output first so the two streams interleave as written; any other
/// descriptor is written directly.
void mojo_rt_write(int64_t fd, const char *ptr, int64_t len);

/// Writes out what is buffered for `fd` (only standard output buffers).
void mojo_rt_flush(int64_t fd);

/*--- input.cpp: standard input -------------------------------------------*/

/// The next byte of standard input (0 to 255), or -1 at its end or on an
/// error. Flushes standard output before it blocks.
int64_t mojo_rt_read_byte(void);

/*--- process.cpp: leaving the process ------------------------------------*/

/// Flushes buffered output and exits the process with `code`.
void mojo_rt_exit(int64_t code) __attribute__((noreturn));

/// Flushes buffered output, prints "ABORT: <msg>" to standard error and
/// aborts (SIGABRT, a nonzero exit status).
void mojo_rt_abort(const char *msg, int64_t len) __attribute__((noreturn));

/// Flushes buffered output and aborts (SIGABRT) saying nothing more: the
/// stdlib's `abort(message)` has written its message with any Writer.
void mojo_rt_trap(void) __attribute__((noreturn));

/*--- alloc.cpp: heap memory ----------------------------------------------*/

/// Allocates `bytes` bytes aligned to `align` (a power of two; values up to
/// 16 cost nothing extra). Never returns NULL: running out of memory aborts.
/// A request for zero bytes returns a unique pointer that must be freed.
void *mojo_rt_alloc(int64_t bytes, int64_t align);

/// Frees memory from `mojo_rt_alloc`; NULL is ignored.
void mojo_rt_free(void *ptr);

/*--- format_int.cpp, format_float.cpp: numbers to text -------------------*/

/// Writes `value` in decimal to `buf` (at least MOJO_RT_INT_BUFFER_SIZE
/// bytes, not NUL-terminated) and returns the number of characters.
int64_t mojo_rt_format_int(int64_t value, char *buf);

/// Like mojo_rt_format_int, for an unsigned value.
int64_t mojo_rt_format_uint(uint64_t value, char *buf);

/// Writes `value` as Python's `repr(float)` does: the shortest digits that
/// read back to the same double, in fixed notation when the decimal exponent
/// is in [-4, 16) ("0.0001", "123.0") and scientific otherwise ("1e+16",
/// "1e-05"); "inf", "-inf", "nan", "-0.0". `buf` holds at least
/// MOJO_RT_FLOAT_BUFFER_SIZE bytes; not NUL-terminated. Returns the length.
int64_t mojo_rt_format_f64(double value, char *buf);

/// Like mojo_rt_format_f64 with the shortest digits that read back to the
/// same float (so 0.1f prints as "0.1").
int64_t mojo_rt_format_f32(float value, char *buf);

/// A Float16, given as its IEEE binary16 bits in the low 16 bits of `bits`
/// (the rest are ignored): widened exactly to float and printed as
/// mojo_rt_format_f32 prints it, as Mojo 24.6 does (Float16(0.1) prints
/// "0.099975586"). Bits rather than a half-precision argument, whose calling
/// convention differs between targets.
int64_t mojo_rt_format_f16(uint64_t bits, char *buf);

/// Like mojo_rt_format_f16 for a BFloat16 (the upper 16 bits of a float).
int64_t mojo_rt_format_bf16(uint64_t bits, char *buf);

/*--- cpu_info.cpp: the processor the program runs on ----------------------*/

/// The hardware threads the OS schedules on (online CPUs); at least 1.
int64_t mojo_rt_num_logical_cores(void);

/// The physical cores: hardware threads of one core count once; at least 1.
int64_t mojo_rt_num_physical_cores(void);

/// The physical performance cores of a hybrid CPU (Intel's P-cores, Apple's
/// performance cluster); all physical cores when the cores are alike.
int64_t mojo_rt_num_performance_cores(void);

/*--- provided by the compiled program ------------------------------------*/

/// The program's entry point, emitted by the compiler: runs the user's
/// `main` and returns the process exit code. Called by the runtime's `main`.
int32_t __mojo_main(void);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* MOJO_RUNTIME_H */
