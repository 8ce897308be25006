//===- Budgets.h - Limits on compile-time work -----------------*- C++ -*-===//
//
// Every input gets an answer (DESIGN.md principle 3), so work the compiler
// does on the program's behalf at compile time is bounded: evaluating
// constants, instantiating parameterized functions, unrolling
// `@parameter for`, and building IntLiteral values. Going past a budget is
// a diagnostic at the user's code, never a crash, a hang or runaway memory.
// The compile-time interpreter of DESIGN.md keeps these budgets.
//
// They live in Basic, not Comptime, because the parser enforces the value
// size budget on integer literals, and Parse sits below Comptime.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_BASIC_BUDGETS_H
#define MOJOC_BASIC_BUDGETS_H

#include <cstdint>

namespace mojo::budget {

/// How deeply one compile-time evaluation may recurse: nested
/// subexpressions plus aliases defined in terms of other aliases. Above the
/// parser's limit of 1000 nested operators (ast::kMaxExprDepth), so any one
/// expression evaluates, and room for about 1000 aliases each defined with
/// an operator on the next. The evaluator recurses on the native stack at
/// under 1 KiB a level, so this stays within a quarter of the 8 MiB main
/// thread stack even when it starts from a deep body check.
constexpr unsigned kMaxEvaluationDepth = 2048;

/// The most elements a variadic parameter (`*sizes: Int`) or pack
/// (`*values: *Ts`) indexed by a run-time value may have. The index picks
/// through a tree of selects, one per element, which LLVM compiles in
/// superlinear time: 4,096 take under a second, 16,384 ten. (A homogeneous
/// variadic argument is a `VariadicList` in memory and has no such limit.)
constexpr unsigned kMaxVariadicRuntimeIndex = 4096;

/// How long a chain of instantiations may get: an instance whose body
/// instantiates another, which instantiates another, ... Unbounded
/// recursion (`fn f[n: Int]() -> Int: return f[n + 1]()`) would otherwise
/// create instances until memory runs out. Clang's default template depth;
/// real generic code nests a few dozen levels at most.
constexpr unsigned kMaxInstantiationDepth = 1024;

/// How many instances of parameterized functions one program may create.
/// The depth budget alone lets `fn f[n: Int, m: Int]()` calling `f[n + 1, m]`
/// and `f[n, m + 1]` create half a million instances (a gigabyte), and a
/// third parameter a hundred million. This is 2.5 times the largest
/// instantiation the compile-time benchmarks exercise (one instance per
/// iteration of a 100,000-iteration `@parameter for`), about 500 MB.
constexpr unsigned kMaxParameterizedInstances = 250000;

/// How many notes show the chain of instantiations that exceeded the depth
/// budget: the innermost ones, where the recursion is visible, and the
/// outermost, the user's first call; one more note counts those left out.
constexpr unsigned kMaxInstantiationNotes = 3;

/// How deeply default values may nest: a default is checked where a call
/// uses it, in the callee's context, so `fn f0(x: Int = f1())`,
/// `fn f1(x: Int = f2())`, ... nests one check in the next on the native
/// stack, several KiB each. Real defaults nest a level or two.
constexpr unsigned kMaxDefaultNesting = 256;

/// How many copies of `@parameter for` bodies one function instance may
/// unroll, nested loops counted together. Each copy is checked and emitted
/// as code, so this bounds the memory and the time of one function. It is
/// ten times the largest unrolling the compile-time benchmarks exercise
/// (100,000 iterations), and a million copies of even a one-line body is
/// more code than any real function unrolls.
constexpr uint64_t kMaxUnrolledIterations = 1000000;

/// How many statements one function instance may emit as copies of
/// `finally` blocks. IRGen emits a `finally` once per way out of its `try`,
/// and a `finally` holding a `try` with two exits doubles what the `try`
/// around it emits: thirty nested levels would ask for a billion copies. A
/// hundred thousand is a 100-statement `finally` left by a thousand
/// `return`s, more than real code does.
constexpr uint64_t kMaxFinallyCopyStatements = 100000;
/// The widest IntLiteral value, literal or folded, in bits. Arithmetic on
/// IntLiteral is exact, so `A * A` doubles the width each time; 64 Ki bits
/// (about 19,700 decimal digits) is far beyond any real constant, and
/// keeps every fold (quadratic in the width at worst) under a millisecond.
constexpr unsigned kMaxIntLiteralBits = 1u << 16;

/// The longest compile-time string, in bytes. `alias S1 = S0 + S0` doubles
/// a string each time, so forty aliases would ask for terabytes. 16 MiB is
/// far more than any literal in a real source file.
constexpr uint64_t kMaxStringBytes = uint64_t(1) << 24;

/// How many steps (statements run, calls made, loop iterations) one
/// compile-time evaluation may take: an `alias` value, a parameter, a
/// `@parameter if` condition. A step costs well under a microsecond, so
/// an infinite loop is reported within a second or two; real compile-time
/// computations (a table of a few thousand entries, `fib(20)`) take tens
/// of thousands.
constexpr uint64_t kMaxComptimeSteps = 2000000;

/// How deeply calls may nest in one compile-time evaluation. Each level
/// costs a few KiB of native stack in the interpreter's recursive walk,
/// so runaway recursion is reported long before the 8 MiB main thread
/// stack runs out, even from inside a deep body check.
constexpr unsigned kMaxComptimeCallDepth = 512;

/// How deeply compile-time evaluations may nest: an alias whose value
/// calls a function on another such alias evaluates that one inside its
/// own check, and each level holds a body checker and an interpreter
/// frame on the native stack (about 10 KiB). 256 levels stay within a
/// third of the 8 MiB main thread stack; real aliases nest a few deep.
constexpr unsigned kMaxComptimeNesting = 256;

/// How many elements (struct fields, vector lanes, bytes of memory) the
/// values one compile-time evaluation builds may hold in all: runaway
/// allocation ends in a diagnostic, not in exhausted memory.
constexpr uint64_t kMaxComptimeElements = uint64_t(1) << 24;

/// The most lanes an MLIR vector type may have. LLVM's instruction
/// selector recurses once per lane over some vector ops (an ordered float
/// sum at -O0), and overflows the stack at 16 Ki lanes; 4,096 lanes still
/// compile in about two seconds, and are 16 KiB of f32 (a register holds
/// 16 of them).
constexpr uint64_t kMaxVectorLanes = 4096;

/// Values one `stack_allocation` may ask for. The buffer is in the frame
/// of the function that inlines it, and threads' stacks are 8 MiB by
/// default: a count past this is a mistake (or a fuzzer), and an alloca of
/// 2^63 elements would be a crash instead of an error.
constexpr int64_t kMaxStackAllocation = 1 << 24;

} // namespace mojo::budget

#endif
