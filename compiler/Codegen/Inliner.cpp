//===- Inliner.cpp - Size-limited inlining in MLIR ------------------------===//
//
// Upstream's inliner pass inlines every call it legally can. For mojoc that
// is right for the stdlib's thin wrappers (`Int.__add__` is one
// `index.add`), which must disappear before LLVM sees them, but wrong for
// larger functions: a 300-op function called from 50 places would be copied
// 50 times in MLIR, and LLVM would optimize every copy, only to make the
// inlining decision again with a real cost model. So MLIR inlines only tiny
// callees and those marked always-inline, and leaves the rest to LLVM.
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Passes.h"

#include "mlir/Analysis/CallGraph.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/Inliner.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace {

/// Callees with at most this many ops are inlined: enough for a stdlib
/// wrapper over a primitive (`Int.__add__`, `SIMD.__mul__`, a getter) once
/// its own callees were inlined into it. Anything bigger is left to LLVM's
/// inliner, which has a cost model and sees callees already optimized.
/// Inlining larger functions here also produced worse IR: 400 small loops
/// inlined into one `main` in MLIR took LLVM 10x longer to compile than the
/// same module inlined by LLVM itself (its reassociation sinks the partial
/// sums, and the register coalescer then explodes).
constexpr unsigned kMaxInlinedOps = 16;

/// Whether `region` holds at most `limit` ops; stops counting past it, so a
/// large callee costs no more to look at than a small one.
bool isSmallRegion(Region &region, unsigned limit) {
  unsigned count = 0;
  WalkResult result = region.walk([&](Operation *) {
    return ++count > limit ? WalkResult::interrupt() : WalkResult::advance();
  });
  return !result.wasInterrupted();
}

bool isProfitableToInline(const Inliner::ResolvedCall &call) {
  Region *body = call.targetNode->getCallableRegion();
  Operation *callee = body->getParentOp();
  if (callee->hasAttr(mojo::codegen::kNoInlineAttr))
    return false;
  if (callee->hasAttr(mojo::codegen::kAlwaysInlineAttr))
    return true;
  return isSmallRegion(*body, kMaxInlinedOps);
}

class InlinerPass : public PassWrapper<InlinerPass, OperationPass<ModuleOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(InlinerPass)

  StringRef getArgument() const override { return "mojo-inline"; }
  StringRef getDescription() const override {
    return "Inline small and always-inline functions";
  }

  void runOnOperation() override {
    // As upstream: canonicalize a function once calls were inlined into it,
    // so its callers see its simplified size.
    InlinerConfig config(
        [](OpPassManager &pm) { pm.addPass(createCanonicalizerPass()); },
        /*maxInliningIterations=*/4);
    auto runNested = [this](Pass &, OpPassManager &pipeline, Operation *op) {
      return runPipeline(pipeline, op);
    };
    Inliner inliner(getOperation(), getAnalysis<CallGraph>(), *this,
                    getAnalysisManager(), runNested, config,
                    isProfitableToInline);
    if (failed(inliner.doInlining()))
      signalPassFailure();
  }
};

} // namespace

std::unique_ptr<Pass> mojo::codegen::createInlinerPass() {
  return std::make_unique<InlinerPass>();
}
