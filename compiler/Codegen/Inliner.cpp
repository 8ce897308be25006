//===- Inliner.cpp - Size-limited inlining in MLIR ------------------------===//
//
// Upstream's inliner pass inlines every call it legally can. For mojoc that
// is right for the stdlib's thin wrappers (`Int.__add__` is one
// `index.add`), which must disappear before LLVM sees them, but wrong for
// larger functions: a 300-op function called from 50 places would be copied
// 50 times in MLIR, and LLVM would optimize every copy, only to make the
// inlining decision again with a real cost model. So MLIR inlines only small
// straight-line callees and those marked always-inline, and leaves the rest
// to LLVM.
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Passes.h"

#include "mlir/Analysis/CallGraph.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/Inliner.h"
#include "mlir/Transforms/InliningUtils.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace {

/// Straight-line callees with at most this many ops are inlined: enough for
/// a stdlib wrapper over a primitive (`Int.__add__`, `SIMD.__mul__`, a
/// getter) once its own callees were inlined into it.
constexpr unsigned kMaxInlinedOps = 32;

/// Whether `body` is one block of at most `limit` ops without nested
/// regions. Callees with branches or loops are left to LLVM, which inlines
/// them after optimizing them: 400 small loops inlined into one `main` here
/// compiled 10x slower in LLVM than when LLVM inlined them itself (its
/// reassociation then sinks all partial sums past the loops, and the
/// register coalescer explodes).
bool isSmallStraightLineCode(Region &body, unsigned limit) {
  if (!body.hasOneBlock())
    return false;
  unsigned count = 0;
  for (Operation &op : body.front())
    if (op.getNumRegions() != 0 || ++count > limit)
      return false;
  return true;
}

bool isProfitableToInline(const Inliner::ResolvedCall &call) {
  Region *body = call.targetNode->getCallableRegion();
  Operation *callee = body->getParentOp();
  if (callee->hasAttr(mojo::codegen::kNoInlineAttr))
    return false;
  if (callee->hasAttr(mojo::codegen::kAlwaysInlineAttr))
    return true;
  return isSmallStraightLineCode(*body, kMaxInlinedOps);
}

/// MLIR 19's index dialect has no inliner interface, so no function using
/// `index` ops (every `Int` method) could be inlined. They are all pure and
/// region-free, so any of them may move into another function.
struct IndexInlinerInterface : public DialectInlinerInterface {
  using DialectInlinerInterface::DialectInlinerInterface;
  bool isLegalToInline(Operation *, Region *, bool, IRMapping &) const final {
    return true;
  }
};

class InlinerPass : public PassWrapper<InlinerPass, OperationPass<ModuleOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(InlinerPass)

  StringRef getArgument() const override { return "mojo-inline"; }
  StringRef getName() const override { return "MojoInliner"; }
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

void mojo::codegen::addMissingInlinerInterfaces(MLIRContext &context) {
  auto *index = context.getLoadedDialect<index::IndexDialect>();
  // Registering an interface twice is an error; a later MLIR (or IRGen)
  // may already provide it.
  if (!index || index->getRegisteredInterface<DialectInlinerInterface>())
    return;
  DialectRegistry registry;
  registry.addExtension(+[](MLIRContext *, index::IndexDialect *dialect) {
    dialect->addInterfaces<IndexInlinerInterface>();
  });
  context.appendDialectRegistry(registry);
}

std::unique_ptr<Pass> mojo::codegen::createInlinerPass() {
  return std::make_unique<InlinerPass>();
}
