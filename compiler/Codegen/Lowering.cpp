//===- Lowering.cpp - The MLIR pass pipeline ------------------------------===//
//
//   builtin.module
//     (verify the input)
//     mojo-upstream-fixes  ops MLIR 19 folds or lowers wrongly
//                          (UpstreamFixes.cpp); at every level
//     mojo-inline          small straight-line callees (Inliner.cpp);
//                          canonicalizes every function
//     func.func(cse)       every function in parallel
//     mojo-dead-functions  private functions nothing calls any more
//     mojo-lower-to-llvm   see LowerToLLVM.cpp
//     reconcile-unrealized-casts
//
// The simplifications shrink what LLVM has to optimize: after IRGen the
// stdlib's thin wrappers (`Int.__add__` over `index.add`) are calls, and
// inlining them in MLIR is cheaper than in LLVM. -O0 skips them.
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Codegen.h"
#include "compiler/IRGen/MLIRDiagnostics.h"
#include "compiler/Codegen/Passes.h"

#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

using namespace mojo;

llvm::LogicalResult mojo::lowerToLLVMDialect(mlir::ModuleOp module,
                                             const CodegenOptions &opts,
                                             DiagnosticEngine *diags) {
  mlir::MLIRContext *ctx = module.getContext();
  MLIRDiagnosticBridge bridge(ctx, diags, DiagID::err_lowering_failed,
                              module.getLoc());

  // Passes assume valid input; IR built by `__mlir_op` may not be.
  if (mlir::failed(mlir::verify(module)))
    return mlir::failure();

  mlir::PassManager pm(ctx, mlir::ModuleOp::getOperationName());
  if (opts.timePasses)
    pm.enableTiming(); // Reported when `pm` is destroyed.
  pm.addPass(codegen::createUpstreamFixesPass());
  if (opts.optLevel > 0) {
    codegen::addMissingInlinerInterfaces(*ctx);
    pm.addPass(codegen::createInlinerPass());
    pm.addNestedPass<mlir::func::FuncOp>(mlir::createCSEPass());
    pm.addPass(codegen::createDeadFunctionsPass());
  }
  pm.addPass(codegen::createLowerToLLVMPass());
  pm.addPass(mlir::createReconcileUnrealizedCastsPass());
  return pm.run(module);
}
