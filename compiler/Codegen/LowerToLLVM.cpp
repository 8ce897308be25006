//===- LowerToLLVM.cpp - The dialect conversion to LLVM -------------------===//
//
// Upstream offers one pass per dialect (convert-scf-to-cf, convert-arith-to-
// llvm, ...), each a full walk and conversion of the module. mojoc instead
// collects their patterns into as few conversions as the dialects allow:
//
//   1. math.ipowi (and fpowi with a 64-bit exponent) -> outlined functions,
//      only when present (convert-math-to-funcs).
//   2. scf -> cf, and the math ops LLVM has no intrinsic for -> libm calls:
//      one conversion that changes no types, only when either is present.
//   3. vector ops without a direct LLVM form (contract, transpose, shape_cast,
//      multi-dimensional broadcast, ...) -> simpler vector ops, only when
//      vector ops are present.
//   4. private functions become internal, inline attributes LLVM ones, then
//      func, cf, arith, index, math, vector, ub -> llvm: one full conversion
//      with a single type converter (index -> i64).
//
// What the module contains is checked with one walk, so a program without
// loops, vectors or libm math pays nothing for steps 1-3.
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Passes.h"

#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVM.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/LLVMCommon/ConversionTarget.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Conversion/MathToFuncs/MathToFuncs.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Conversion/UBToLLVM/UBToLLVM.h"
#include "mlir/Conversion/VectorToLLVM/ConvertVectorToLLVM.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Vector/Transforms/LoweringPatterns.h"
#include "mlir/Dialect/Vector/Transforms/VectorRewritePatterns.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/DialectConversion.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace {

/// Math ops that MathToLLVM has no pattern for, or lowers inexactly (it
/// turns expm1 into exp(x)-1 and log1p into log(1+x), which lose all
/// precision for small x). These become libm calls.
bool isLibmMathOp(Operation *op) {
  return isa<math::AcosOp, math::AcoshOp, math::AsinOp, math::AsinhOp,
             math::AtanOp, math::AtanhOp, math::Atan2Op, math::CbrtOp,
             math::CoshOp, math::SinhOp, math::ErfOp, math::TanOp, math::TanhOp,
             math::ExpM1Op, math::Log1pOp>(op);
}

/// llvm.powi takes the C `int` exponent of __powidf2; wider ones need the
/// outlined loop from MathToFuncs.
constexpr unsigned kWidestPowIExponent = 32;

bool needsMathToFuncs(Operation *op) {
  if (isa<math::IPowIOp>(op))
    return true;
  if (auto fpowi = dyn_cast<math::FPowIOp>(op))
    return getElementTypeOrSelf(fpowi.getRhs().getType())
               .getIntOrFloatBitWidth() > kWidestPowIExponent;
  return false;
}

/// Which of the optional steps the module needs.
struct Needs {
  bool mathToFuncs = false;
  bool scf = false;
  bool libm = false;
  bool vector = false;
};

Needs scanModule(ModuleOp module) {
  Needs needs;
  module.walk([&](Operation *op) {
    Dialect *dialect = op->getDialect();
    if (!dialect)
      return;
    if (isa<scf::SCFDialect>(dialect))
      needs.scf = true;
    else if (isa<vector::VectorDialect>(dialect))
      needs.vector = true;
    else if (isa<math::MathDialect>(dialect)) {
      needs.mathToFuncs |= needsMathToFuncs(op);
      if (isLibmMathOp(op)) {
        needs.libm = true;
        // A libm call per lane: the op is unrolled with vector.extract and
        // vector.insert, which step 4 must then convert.
        needs.vector |= isa<VectorType>(op->getResult(0).getType());
      }
    }
  });
  return needs;
}

/// Step 2: structured control flow to branches, libm-only math to calls.
LogicalResult lowerControlFlowAndLibm(ModuleOp module, const Needs &needs) {
  MLIRContext *ctx = module.getContext();
  RewritePatternSet patterns(ctx);
  ConversionTarget target(*ctx);
  // Everything not named below stays as it is for step 4.
  target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
  if (needs.scf) {
    populateSCFToControlFlowConversionPatterns(patterns);
    target
        .addIllegalOp<scf::ForallOp, scf::ForOp, scf::IfOp, scf::IndexSwitchOp,
                      scf::ParallelOp, scf::WhileOp, scf::ExecuteRegionOp>();
  }
  if (needs.libm) {
    populateMathToLibmConversionPatterns(patterns);
    target.addDynamicallyLegalDialect<math::MathDialect>(
        [](Operation *op) { return !isLibmMathOp(op); });
  }
  return applyPartialConversion(module, target, std::move(patterns));
}

/// Step 3: what convert-vector-to-llvm does before converting, minus the
/// transfer/gather lowerings (they need memref or tensor, which mojoc does
/// not use).
void lowerVectorOps(ModuleOp module) {
  RewritePatternSet patterns(module.getContext());
  vector::populateVectorToVectorCanonicalizationPatterns(patterns);
  vector::populateVectorBitCastLoweringPatterns(patterns);
  vector::populateVectorBroadcastLoweringPatterns(patterns);
  vector::populateVectorContractLoweringPatterns(
      patterns, vector::VectorTransformsOptions());
  vector::populateVectorMaskOpLoweringPatterns(patterns);
  vector::populateVectorShapeCastLoweringPatterns(patterns);
  vector::populateVectorInterleaveLoweringPatterns(patterns);
  vector::populateVectorTransposeLoweringPatterns(
      patterns, vector::VectorTransformsOptions());
  vector::populateVectorInsertExtractStridedSliceTransforms(patterns);
  // Not reaching a fixed point leaves ops that step 4 then reports.
  (void)applyPatternsAndFoldGreedily(module, std::move(patterns));
}

/// Appends `name` to the function's LLVM `passthrough` attributes, which
/// FuncToLLVM carries over and translation turns into LLVM attributes.
void addPassthrough(func::FuncOp func, StringRef name) {
  MLIRContext *ctx = func.getContext();
  SmallVector<Attribute> entries;
  if (auto existing = func->getAttrOfType<ArrayAttr>("passthrough"))
    entries.append(existing.begin(), existing.end());
  entries.push_back(StringAttr::get(ctx, name));
  func->setAttr("passthrough", ArrayAttr::get(ctx, entries));
}

/// Function properties LLVM should know about:
///   func.func private @f() {...}  -> internal linkage, so LLVM may inline
///                                    it everywhere and delete it (FuncToLLVM
///                                    alone keeps every function external);
///                                    declarations stay external, they name
///                                    the runtime and libc
///   {mojo.always_inline}          -> alwaysinline
///   {mojo.no_inline}              -> noinline
void prepareFunctions(ModuleOp module) {
  auto internal =
      LLVM::LinkageAttr::get(module.getContext(), LLVM::Linkage::Internal);
  for (auto func : module.getOps<func::FuncOp>()) {
    if (func.isPrivate() && !func.isExternal() &&
        !func->hasAttr("llvm.linkage"))
      func->setAttr("llvm.linkage", internal);
    if (func->removeAttr(mojo::codegen::kAlwaysInlineAttr))
      addPassthrough(func, "alwaysinline");
    if (func->removeAttr(mojo::codegen::kNoInlineAttr))
      addPassthrough(func, "noinline");
  }
}

/// Step 4: one conversion of everything left to the LLVM dialect.
LogicalResult convertToLLVMDialect(ModuleOp module, const Needs &needs) {
  MLIRContext *ctx = module.getContext();
  LowerToLLVMOptions options(ctx);
  options.overrideIndexBitwidth(64);
  LLVMTypeConverter converter(ctx, options);

  RewritePatternSet patterns(ctx);
  arith::populateArithToLLVMConversionPatterns(converter, patterns);
  index::populateIndexToLLVMConversionPatterns(converter, patterns);
  cf::populateControlFlowToLLVMConversionPatterns(converter, patterns);
  cf::populateAssertToLLVMConversionPattern(converter, patterns);
  populateMathToLLVMConversionPatterns(converter, patterns,
                                       /*approximateLog1p=*/false);
  ub::populateUBToLLVMConversionPatterns(converter, patterns);
  if (needs.vector) {
    vector::populateVectorMaskMaterializationPatterns(
        patterns, /*force32BitVectorIndices=*/false);
    populateVectorToLLVMMatrixConversionPatterns(converter, patterns);
    populateVectorToLLVMConversionPatterns(converter, patterns);
  }
  // Call lowering looks callees up; a table built once keeps that O(1).
  SymbolTable symbolTable(module);
  populateFuncToLLVMConversionPatterns(converter, patterns, &symbolTable);

  LLVMConversionTarget target(*ctx);
  target.addLegalOp<ModuleOp>();
  // Function values cast between MLIR function types and pointers
  // (IRGenClosures.cpp); the casts cancel out in reconcile-unrealized-casts.
  target.addLegalOp<UnrealizedConversionCastOp>();
  return applyFullConversion(module, target, std::move(patterns));
}

class LowerToLLVMPass
    : public PassWrapper<LowerToLLVMPass, OperationPass<ModuleOp>> {
public:
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(LowerToLLVMPass)

  StringRef getArgument() const override { return "mojo-lower-to-llvm"; }
  StringRef getName() const override { return "MojoLowerToLLVM"; }
  StringRef getDescription() const override {
    return "Lower every dialect mojoc emits to the LLVM dialect";
  }

  void getDependentDialects(DialectRegistry &registry) const override {
    registry
        .insert<arith::ArithDialect, cf::ControlFlowDialect, func::FuncDialect,
                LLVM::LLVMDialect, vector::VectorDialect>();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    Needs needs = scanModule(module);
    if (needs.mathToFuncs) {
      OpPassManager pm(ModuleOp::getOperationName());
      ConvertMathToFuncsOptions mathOptions;
      mathOptions.minWidthOfFPowIExponent = kWidestPowIExponent + 1;
      pm.addPass(createConvertMathToFuncs(mathOptions));
      if (failed(runPipeline(pm, module)))
        return signalPassFailure();
      // The outlined functions use scf; look again.
      needs = scanModule(module);
    }
    if ((needs.scf || needs.libm) &&
        failed(lowerControlFlowAndLibm(module, needs)))
      return signalPassFailure();
    if (needs.vector)
      lowerVectorOps(module);
    prepareFunctions(module);
    if (failed(convertToLLVMDialect(module, needs)))
      return signalPassFailure();
  }
};

} // namespace

std::unique_ptr<Pass> mojo::codegen::createLowerToLLVMPass() {
  return std::make_unique<LowerToLLVMPass>();
}
