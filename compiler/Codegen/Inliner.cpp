//===- Inliner.cpp - Inlining straight-line callees in MLIR ---------------===//
//
// The stdlib's thin wrappers (`Int.__add__` is one `index.add`) must
// disappear before LLVM sees them, so MLIR inlines them. Only small
// straight-line callees are inlined here, and every `@always_inline` one
// that is straight-line; the rest (branches, loops, large bodies) is left to
// LLVM, which inlines after optimizing the callee, with a real cost model,
// and honours `@always_inline` through its own attribute.
//
// Why not upstream's inliner pass: it splits the caller's block at every
// call it inlines and splices the tail back afterwards, moving every op that
// follows the call. A 10,000-statement function makes that quadratic (33 s
// at -O3). A straight-line callee needs no split: its ops are cloned right
// before the call, which costs the size of the callee.
//
// Functions are visited callees first (the call graph's SCCs bottom-up) and
// simplified before their callers see them: a small function's slots are
// promoted to values (MLIR's mem2reg; IRGen keeps every `out self` and
// mutable variable in one), then it is canonicalized. A wrapper is then
// copied into its callers as the few ops it computes, not as stores and
// loads of a slot that every caller would carry until LLVM's SROA. Large
// functions, where mem2reg's cost per slot (a walk of the function) would
// add up, are only canonicalized. Calls within a recursive SCC stay calls.
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Passes.h"

#include "mlir/Analysis/CallGraph.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/InliningUtils.h"
#include "mlir/Transforms/Passes.h"

#include "llvm/ADT/SCCIterator.h"

using namespace mlir;

namespace {

/// Straight-line callees with at most this many ops are inlined: enough for
/// a stdlib wrapper over a primitive (`Int.__add__`, `SIMD.__mul__`, a
/// getter) once its own callees were inlined into it.
constexpr unsigned kMaxInlinedOps = 32;

/// Functions of at most this many ops get their slots promoted in MLIR.
constexpr unsigned kMaxPromotedOps = 1000;

bool isSmallFunction(func::FuncOp func) {
  unsigned count = 0;
  WalkResult result = func.walk([&](Operation *) {
    return ++count > kMaxPromotedOps ? WalkResult::interrupt()
                                     : WalkResult::advance();
  });
  return !result.wasInterrupted();
}

/// Whether `callee` is one block without nested regions, ending in
/// `func.return`. Callees with branches or loops are left to LLVM, which
/// inlines them after optimizing them: 400 small loops inlined into one
/// `main` here compiled 10x slower in LLVM than when LLVM inlined them
/// itself (its reassociation then sinks all partial sums past the loops,
/// and the register coalescer explodes).
bool isStraightLine(func::FuncOp callee) {
  Region &body = callee.getBody();
  if (!body.hasOneBlock() || !isa<func::ReturnOp>(body.front().back()))
    return false;
  return llvm::all_of(body.front(),
                      [](Operation &op) { return op.getNumRegions() == 0; });
}

bool isProfitableToInline(func::FuncOp callee) {
  if (callee->hasAttr(mojo::codegen::kNoInlineAttr) || !isStraightLine(callee))
    return false;
  if (callee->hasAttr(mojo::codegen::kAlwaysInlineAttr))
    return true;
  return callee.getBody().front().getOperations().size() <= kMaxInlinedOps;
}

/// Whether every op of `callee` may move into `caller` (the dialects'
/// inliner interfaces decide).
bool isLegalToInline(InlinerInterface &interface, func::CallOp call,
                     func::FuncOp callee) {
  if (!interface.isLegalToInline(call, callee, /*wouldBeCloned=*/true))
    return false;
  Region *dest = call->getParentRegion();
  IRMapping mapping;
  for (Operation &op : callee.getBody().front().without_terminator())
    if (!interface.isLegalToInline(&op, dest, /*wouldBeCloned=*/true, mapping))
      return false;
  return true;
}

/// Whether `op` is an `llvm.alloca` of a constant size defined in its own
/// block, which can therefore move to the caller's entry block with it.
bool isStaticAlloca(Operation &op) {
  auto alloca = dyn_cast<LLVM::AllocaOp>(op);
  if (!alloca)
    return false;
  Operation *size = alloca.getArraySize().getDefiningOp();
  return size && size->getBlock() == op.getBlock() &&
         matchPattern(size, m_Constant());
}

/// Replaces `call` with a copy of the straight-line body of `callee`.
/// Constant-size allocas go to the start of the caller's entry block, as
/// the LLVM dialect's own inliner does: left at the call inside a loop they
/// would grow the stack on every iteration, and LLVM promotes only allocas
/// of the entry block to registers. Copied ops are located at the call site
/// of the callee's op, so diagnostics still point at their source.
void inlineStraightLineCall(func::CallOp call, func::FuncOp callee) {
  Block &body = callee.getBody().front();
  Block &entry = call->getParentOfType<func::FuncOp>().getBody().front();
  OpBuilder builder(call);
  OpBuilder entryBuilder = OpBuilder::atBlockBegin(&entry);
  Location callLoc = call.getLoc();
  IRMapping mapping;
  mapping.map(body.getArguments(), call.getOperands());
  auto copy = [&](OpBuilder &b, Operation &op, IRMapping &map) {
    Operation *clone = b.clone(op, map);
    clone->setLoc(CallSiteLoc::get(op.getLoc(), callLoc));
  };
  for (Operation &op : body.without_terminator()) {
    if (!isStaticAlloca(op)) {
      copy(builder, op, mapping);
      continue;
    }
    // The alloca with its own copy of the size constant.
    IRMapping entryMapping;
    copy(entryBuilder, *op.getOperand(0).getDefiningOp(), entryMapping);
    copy(entryBuilder, op, entryMapping);
    mapping.map(op.getResult(0), entryMapping.lookup(op.getResult(0)));
  }
  for (auto [result, value] :
       llvm::zip(call.getResults(), body.getTerminator()->getOperands()))
    result.replaceAllUsesWith(mapping.lookupOrDefault(value));
  call.erase();
}

class InlinerPass : public PassWrapper<InlinerPass, OperationPass<ModuleOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(InlinerPass)

  StringRef getArgument() const override { return "mojo-inline"; }
  StringRef getName() const override { return "MojoInliner"; }
  StringRef getDescription() const override {
    return "Inline small and always-inline straight-line functions";
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    InlinerInterface interface(&getContext());
    OpPassManager simplifySmall(func::FuncOp::getOperationName());
    simplifySmall.addPass(createMem2Reg());
    simplifySmall.addPass(createCanonicalizerPass());
    OpPassManager simplifyLarge(func::FuncOp::getOperationName());
    simplifyLarge.addPass(createCanonicalizerPass());

    const CallGraph &callGraph = getAnalysis<CallGraph>();
    llvm::DenseSet<Operation *> done;
    for (auto scc = llvm::scc_begin(&callGraph); !scc.isAtEnd(); ++scc) {
      for (CallGraphNode *node : *scc) {
        if (node->isExternal())
          continue;
        auto func =
            dyn_cast<func::FuncOp>(node->getCallableRegion()->getParentOp());
        if (!func || func.isExternal())
          continue;
        inlineCallsIn(func, symbols, interface, done);
        if (failed(runPipeline(
                isSmallFunction(func) ? simplifySmall : simplifyLarge, func)))
          return signalPassFailure();
      }
      for (CallGraphNode *node : *scc)
        if (!node->isExternal())
          done.insert(node->getCallableRegion()->getParentOp());
    }
  }

private:
  /// Inlines into `func` every call of a finished callee (one of an earlier
  /// SCC) that is profitable and legal.
  void inlineCallsIn(func::FuncOp func, SymbolTable &symbols,
                     InlinerInterface &interface,
                     const llvm::DenseSet<Operation *> &done) {
    llvm::SmallVector<func::CallOp> calls;
    func.walk([&](func::CallOp call) { calls.push_back(call); });
    for (func::CallOp call : calls) {
      auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
      if (!callee || callee.isExternal() || !done.contains(callee) ||
          !isProfitableToInline(callee) ||
          !isLegalToInline(interface, call, callee))
        continue;
      inlineStraightLineCall(call, callee);
    }
  }
};

/// MLIR 19's index dialect has no inliner interface, so no function using
/// `index` ops (every `Int` method) could be inlined. They are all pure and
/// region-free, so any of them may move into another function.
struct IndexInlinerInterface : public DialectInlinerInterface {
  using DialectInlinerInterface::DialectInlinerInterface;
  bool isLegalToInline(Operation *, Region *, bool, IRMapping &) const final {
    return true;
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
