//===- DeadFunctions.cpp - Drop private functions nothing reaches ---------===//
//
// After inlining, most stdlib wrappers have no caller left; deleting them
// here saves lowering and translating them only for LLVM to delete them.
// Upstream's symbol-dce does this, but it looks for symbol references in
// every attribute *and type* of every op: a GEP through a struct of 4,000
// fields is 4,000 type elements per field access, quadratic. Symbols are
// never nested in the types mojoc emits, so this pass walks attributes
// only, and keeps what the public functions and module-level ops reach.
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AttrTypeSubElements.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

#include "llvm/ADT/DenseSet.h"

using namespace mlir;

namespace {

/// Adds to `out` the root of every symbol reference in the attributes of
/// `root` and of the ops nested in it.
void collectReferences(Operation *root,
                       llvm::SmallVectorImpl<StringAttr> &out) {
  AttrTypeWalker walker;
  walker.addWalk([](Type) { return WalkResult::skip(); });
  walker.addWalk([&](SymbolRefAttr ref) {
    out.push_back(ref.getRootReference());
    return WalkResult::advance();
  });
  root->walk([&](Operation *op) { walker.walk(op->getAttrDictionary()); });
}

class DeadFunctionsPass
    : public PassWrapper<DeadFunctionsPass, OperationPass<ModuleOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(DeadFunctionsPass)

  StringRef getArgument() const override { return "mojo-dead-functions"; }
  StringRef getName() const override { return "MojoDeadFunctions"; }
  StringRef getDescription() const override {
    return "Delete private functions no public function reaches";
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    llvm::SmallVector<StringAttr> worklist;
    for (Operation &op : *module.getBody()) {
      auto func = dyn_cast<func::FuncOp>(op);
      if (func && func.isPrivate())
        continue; // Reached only through a reference.
      if (func)
        worklist.push_back(func.getSymNameAttr());
      else
        collectReferences(&op, worklist);
    }
    llvm::DenseSet<Operation *> live;
    while (!worklist.empty()) {
      auto func = symbols.lookup<func::FuncOp>(worklist.pop_back_val());
      if (func && live.insert(func).second)
        collectReferences(func, worklist);
    }
    for (auto func : llvm::make_early_inc_range(module.getOps<func::FuncOp>()))
      if (func.isPrivate() && !live.contains(func))
        func.erase();
  }
};

} // namespace

std::unique_ptr<Pass> mojo::codegen::createDeadFunctionsPass() {
  return std::make_unique<DeadFunctionsPass>();
}
