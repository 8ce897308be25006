//===- Translate.cpp - LLVM dialect to optimized LLVM IR ------------------===//
//
//   LLVM-dialect module
//     -> llvm::Module (mlir::translateModuleToLLVMIR)
//     -> host triple, data layout, target-cpu/-features on every function
//     -> LLVM's standard -O<n> pipeline, with the TargetMachine's cost model
//
// The CPU attributes are what let the loop and SLP vectorizers use the
// widest vectors the machine has; the same TargetMachine settings are used
// again to emit the object or to JIT, so the two never disagree.
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Codegen.h"
#include "compiler/IRGen/MLIRDiagnostics.h"
#include "compiler/Codegen/Target.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "mlir/Target/LLVMIR/LLVMTranslationInterface.h"

#include "llvm/IR/Module.h"
#include "llvm/IR/PassInstrumentation.h"
#include "llvm/IR/PassTimingInfo.h"
#include "llvm/Passes/OptimizationLevel.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Transforms/Utils/Mem2Reg.h"

using namespace mojo;

/// Attaches the builtin and LLVM dialects' translation interfaces to `ctx`
/// unless an earlier module (REPL, tests) already did: registering one twice
/// is an error in MLIR.
static void registerTranslations(mlir::MLIRContext &ctx) {
  mlir::DialectRegistry registry;
  auto *llvmDialect = ctx.getOrLoadDialect<mlir::LLVM::LLVMDialect>();
  if (!llvmDialect
           ->getRegisteredInterface<mlir::LLVMTranslationDialectInterface>())
    mlir::registerLLVMDialectTranslation(registry);
  auto *builtin = ctx.getLoadedDialect<mlir::BuiltinDialect>();
  if (!builtin->getRegisteredInterface<mlir::LLVMTranslationDialectInterface>())
    mlir::registerBuiltinDialectTranslation(registry);
  ctx.appendDialectRegistry(registry);
}

/// Tells LLVM what it may assume about every function mojoc defined.
static void setFunctionAttributes(llvm::Module &module,
                                  const codegen::TargetSelection &target) {
  for (llvm::Function &func : module) {
    if (func.isDeclaration())
      continue;
    func.addFnAttr("target-cpu", target.cpu);
    if (!target.features.empty())
      func.addFnAttr("target-features", target.features);
    // Mojo has no unwinding (errors are returned values), so no call can
    // throw; unwind tables are still emitted for debuggers and profilers.
    func.setDoesNotThrow();
    func.setUWTableKind(llvm::UWTableKind::Async);
  }
}

static llvm::OptimizationLevel toOptimizationLevel(unsigned level) {
  switch (level) {
  case 0:
    return llvm::OptimizationLevel::O0;
  case 1:
    return llvm::OptimizationLevel::O1;
  case 2:
    return llvm::OptimizationLevel::O2;
  default:
    return llvm::OptimizationLevel::O3;
  }
}

/// LLVM's standard module pipeline, set up as clang sets it up.
static void optimize(llvm::Module &module, llvm::TargetMachine &machine,
                     unsigned optLevel, bool timePasses) {
  llvm::PipelineTuningOptions tuning;
  tuning.LoopVectorization = optLevel >= 2;
  tuning.SLPVectorization = optLevel >= 2;
  tuning.LoopUnrolling = optLevel >= 1;
  tuning.LoopInterleaving = optLevel >= 1;

  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  // Reports to standard error when destroyed, after the pipeline ran.
  llvm::TimePassesHandler timer(timePasses);
  llvm::PassInstrumentationCallbacks instrumentation;
  timer.registerCallbacks(instrumentation);
  llvm::PassBuilder builder(&machine, tuning, std::nullopt, &instrumentation);
  builder.registerModuleAnalyses(mam);
  builder.registerCGSCCAnalyses(cgam);
  builder.registerFunctionAnalyses(fam);
  builder.registerLoopAnalyses(lam);
  builder.crossRegisterProxies(lam, fam, cgam, mam);

  llvm::OptimizationLevel level = toOptimizationLevel(optLevel);
  llvm::ModulePassManager pipeline =
      optLevel == 0 ? builder.buildO0DefaultPipeline(level)
                    : builder.buildPerModuleDefaultPipeline(level);
  if (optLevel == 0) {
    // IRGen keeps every variable and parameter in a stack slot, and the
    // always-inliner, which runs even at -O0, moves the slots of every
    // inlined stdlib method (`Int.__add__`, `Bool.__init__`) into the
    // caller's frame, where nothing at -O0 would promote or share them: a
    // 200,000-statement `main` needed a 10 MB frame. mem2reg puts the
    // scalar ones (most; see TypeLowering.cpp) back into registers, in
    // about linear time; SROA would also split struct slots, but its cost
    // grows quadratically with the number of slots in a function.
    pipeline.addPass(llvm::createModuleToFunctionPassAdaptor(
        llvm::PromotePass()));
  }
  pipeline.run(module, mam);
}

std::unique_ptr<llvm::Module>
mojo::translateToLLVMIR(mlir::ModuleOp module, llvm::LLVMContext &ctx,
                        const CodegenOptions &opts, DiagnosticEngine *diags) {
  mlir::MLIRContext *mlirCtx = module.getContext();
  MLIRDiagnosticBridge bridge(mlirCtx, diags,
                              DiagID::err_llvm_translation_failed,
                              module.getLoc());

  // Everything that can fail reports through MLIR, so callers see one kind
  // of error from this function.
  auto machineOrErr = codegen::createTargetMachine(opts);
  if (!machineOrErr) {
    mlir::emitError(module.getLoc(), llvm::toString(machineOrErr.takeError()));
    return nullptr;
  }
  std::unique_ptr<llvm::TargetMachine> machine = std::move(*machineOrErr);

  registerTranslations(*mlirCtx);
  llvm::StringRef name = module.getName().value_or("mojo");
  std::unique_ptr<llvm::Module> llvmModule =
      mlir::translateModuleToLLVMIR(module, ctx, name);
  if (!llvmModule)
    return nullptr;

  llvmModule->setTargetTriple(machine->getTargetTriple().str());
  llvmModule->setDataLayout(machine->createDataLayout());
  setFunctionAttributes(*llvmModule, codegen::selectTarget(opts));
  optimize(*llvmModule, *machine, opts.optLevel, opts.timePasses);
  return llvmModule;
}
