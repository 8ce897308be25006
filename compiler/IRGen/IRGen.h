//===- IRGen.h - Checked program to MLIR -----------------------*- C++ -*-===//
//
// Entry point of IR generation: one `func.func` per function instance of the
// checked program, plus the `__mojo_main` entry the runtime calls. Register-
// passable values travel as their flattened leaf values (an `Int` is one
// `index`, a `StringLiteral` is a `!llvm.ptr` and an `index`); variables live
// in `llvm.alloca` slots typed by the struct's nested layout, which LLVM's
// mem2reg turns back into registers.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_IRGEN_IRGEN_H
#define MOJOC_IRGEN_IRGEN_H

#include "compiler/Basic/Diagnostic.h"

#include <string>

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace mojo {
namespace sema {
struct Program;
struct FuncInstance;
} // namespace sema

/// Unit attributes on a `func.func` for `@always_inline` and `@no_inline`.
/// Codegen's inliner honours them, and the lowering turns them into LLVM's
/// alwaysinline / noinline so that LLVM's inliner does too.
inline constexpr char kAlwaysInlineAttr[] = "mojo.always_inline";
inline constexpr char kNoInlineAttr[] = "mojo.no_inline";

/// The entry point of the `index`-th test function (Program::tests) that
/// `mojoc test` calls: `__mojo_test_<index>() -> i32`, like `__mojo_main`.
inline std::string getTestEntryName(size_t index) {
  return "__mojo_test_" + std::to_string(index);
}

/// Emits `program` as an MLIR module. Returns null after reporting to
/// `diags` when an `__mlir_op` or `__mlir_type` cannot be built.
mlir::OwningOpRef<mlir::ModuleOp> emitMLIR(const sema::Program &program,
                                           mlir::MLIRContext &context,
                                           DiagnosticEngine &diags);

/// The symbol of a function instance (Mangling.cpp): its module, name,
/// compile-time parameter values and signature, e.g.
/// `builtin.int::Int.__add__(self: Int, rhs: Int)`. The same instance has
/// the same symbol in every compilation.
std::string mangleFunctionName(const sema::FuncInstance &instance);

} // namespace mojo

#endif
