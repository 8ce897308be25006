//===- UpstreamFixes.cpp - Work around MLIR 19 float bugs -----------------===//
//
// Two ops whose MLIR 19 folding or lowering disagrees with their documented
// semantics, rewritten before anything folds or lowers them:
//
//   arith.maxnumf %a, %b  ->  llvm.intr.maxnum %a, %b
//       MLIR 19 folds arith.maxnumf with llvm::maximum, which propagates a
//       NaN, where maxnum returns the other operand: maxnumf(NaN, 8.0)
//       became NaN at -O3 only. LLVM's own folder is right. (minnumf is
//       folded correctly.)
//
//   vector.reduction <add>, %v : vector<Nxf32> into f32
//     ->  vector.reduction <add>, %v, %minusZero
//       The LLVM lowering starts a float sum at +0.0, so a sum of -0.0
//       lanes was +0.0; -0.0 is the identity of addition, and LLVM
//       recognizes it as a start value that changes nothing.
//
// Both are checked with one walk; a module without them is not touched.
// Remove an entry when mojoc moves to an MLIR that fixes it (the tests
// vector-reductions.mojo and float-minmax-select.mojo pin the behaviour).
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Passes.h"

#include "mlir/Conversion/ArithCommon/AttrToLLVMConverter.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;

namespace {

void replaceMaxNumF(arith::MaxNumFOp op) {
  OpBuilder builder(op);
  auto fastmath = arith::convertArithFastMathAttrToLLVM(op.getFastmathAttr());
  auto maxnum = builder.create<LLVM::MaxNumOp>(op.getLoc(), op.getLhs(),
                                               op.getRhs(), fastmath);
  op.replaceAllUsesWith(maxnum.getResult());
  op.erase();
}

void addMinusZeroAccumulator(vector::ReductionOp op) {
  OpBuilder builder(op);
  auto type = cast<FloatType>(op.getDest().getType());
  Value minusZero = builder.create<arith::ConstantOp>(
      op.getLoc(), builder.getFloatAttr(
                       type, APFloat::getZero(type.getFloatSemantics(),
                                              /*Negative=*/true)));
  op.getAccMutable().assign(minusZero);
}

bool isFloatSumWithoutAccumulator(vector::ReductionOp op) {
  return op.getKind() == vector::CombiningKind::ADD && !op.getAcc() &&
         isa<FloatType>(op.getDest().getType());
}

class UpstreamFixesPass
    : public PassWrapper<UpstreamFixesPass, OperationPass<ModuleOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(UpstreamFixesPass)

  StringRef getArgument() const override { return "mojo-upstream-fixes"; }
  StringRef getName() const override { return "MojoUpstreamFixes"; }
  StringRef getDescription() const override {
    return "Rewrite ops whose MLIR 19 folding or lowering is wrong";
  }

  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect, LLVM::LLVMDialect>();
  }

  void runOnOperation() override {
    SmallVector<Operation *> found;
    getOperation().walk([&](Operation *op) {
      if (isa<arith::MaxNumFOp>(op))
        found.push_back(op);
      else if (auto reduction = dyn_cast<vector::ReductionOp>(op);
               reduction && isFloatSumWithoutAccumulator(reduction))
        found.push_back(op);
    });
    for (Operation *op : found) {
      if (auto maxnum = dyn_cast<arith::MaxNumFOp>(op))
        replaceMaxNumF(maxnum);
      else
        addMinusZeroAccumulator(cast<vector::ReductionOp>(op));
    }
  }
};

} // namespace

std::unique_ptr<Pass> mojo::codegen::createUpstreamFixesPass() {
  return std::make_unique<UpstreamFixesPass>();
}
