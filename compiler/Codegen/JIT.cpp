//===- JIT.cpp - Running a program in the compiler's process --------------===//
//
// `mojoc run` compiles the already optimized module with ORC's LLJIT and
// calls `__mojo_main` directly. Symbols resolve in two places:
//
//   mojo_rt_*        the runtime linked into this process, registered by
//                    address from runtime/symbols.def. Taking each address
//                    also makes the linker keep the whole runtime, so the
//                    executable need not export anything (no -rdynamic).
//   everything else  this process's own symbols (libc, libm, libgcc's
//                    helpers such as __powidf2), found with dlsym.
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Codegen.h"
#include "compiler/Codegen/Target.h"

#include "runtime/mojo_runtime.h"

#include "llvm/ExecutionEngine/Orc/Core.h"
#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/Mangling.h"
#include "llvm/ExecutionEngine/Orc/ThreadSafeModule.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

#include <vector>

using namespace mojo;

/// The runtime's entry points, by address.
static llvm::orc::SymbolMap getRuntimeSymbols(llvm::orc::LLJIT &jit) {
  llvm::orc::MangleAndInterner mangle(jit.getExecutionSession(),
                                      jit.getDataLayout());
  llvm::orc::SymbolMap symbols;
  auto flags = llvm::JITSymbolFlags::Exported | llvm::JITSymbolFlags::Callable;
#define MOJO_RT_SYMBOL(name)                                                   \
  symbols[mangle(#name)] = {llvm::orc::ExecutorAddr::fromPtr(&name), flags};
#include "runtime/symbols.def"
  return symbols;
}

static llvm::Expected<std::unique_ptr<llvm::orc::LLJIT>>
createJIT(const CodegenOptions &opts) {
  codegen::initializeNativeTarget();
  codegen::TargetSelection target = codegen::selectTarget(opts);
  // The same CPU and features the module was optimized for.
  llvm::orc::JITTargetMachineBuilder machineBuilder{
      llvm::Triple(target.triple)};
  machineBuilder.setCPU(target.cpu);
  machineBuilder.setFeatures(target.features);
  machineBuilder.setCodeGenOptLevel(codegen::getCodeGenOptLevel(opts.optLevel));

  auto jit = llvm::orc::LLJITBuilder()
                 .setJITTargetMachineBuilder(std::move(machineBuilder))
                 .create();
  if (!jit)
    return jit.takeError();

  llvm::orc::JITDylib &mainLib = (*jit)->getMainJITDylib();
  if (llvm::Error err =
          mainLib.define(llvm::orc::absoluteSymbols(getRuntimeSymbols(**jit))))
    return err;
  auto processSymbols =
      llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(
          (*jit)->getDataLayout().getGlobalPrefix());
  if (!processSymbols)
    return processSymbols.takeError();
  mainLib.addGenerator(std::move(*processSymbols));
  return jit;
}

JITProgram::JITProgram(std::unique_ptr<llvm::orc::LLJIT> jit)
    : jit(std::move(jit)) {}

JITProgram::~JITProgram() {
  if (jit)
    llvm::consumeError(jit->deinitialize(jit->getMainJITDylib()));
}

llvm::Expected<std::unique_ptr<JITProgram>>
JITProgram::create(std::unique_ptr<llvm::Module> module,
                   std::unique_ptr<llvm::LLVMContext> ctx,
                   const CodegenOptions &opts) {
  auto jitOrErr = createJIT(opts);
  if (!jitOrErr)
    return jitOrErr.takeError();
  std::unique_ptr<llvm::orc::LLJIT> jit = std::move(*jitOrErr);
  if (llvm::Error err = jit->addIRModule(
          llvm::orc::ThreadSafeModule(std::move(module), std::move(ctx))))
    return err;
  // Runs global constructors, if the program has any.
  if (llvm::Error err = jit->initialize(jit->getMainJITDylib()))
    return err;
  return std::unique_ptr<JITProgram>(new JITProgram(std::move(jit)));
}

llvm::Expected<JITProgram::EntryPoint>
JITProgram::lookup(llvm::StringRef symbol) {
  auto addr = jit->lookup(symbol);
  if (!addr)
    return addr.takeError();
  return addr->toPtr<EntryPoint>();
}

int JITProgram::call(EntryPoint entry, llvm::ArrayRef<std::string> argv) {
  // The runtime keeps pointers to the strings, so they live in this frame
  // until the program is done.
  std::vector<std::string> args(argv.begin(), argv.end());
  if (args.empty())
    args.push_back("mojo");
  std::vector<char *> cArgs;
  for (std::string &arg : args)
    cArgs.push_back(arg.data());
  cArgs.push_back(nullptr);
  mojo_rt_init(static_cast<int>(args.size()), cArgs.data());
  int exitCode = entry();
  // `args` is about to go away, and a crash from here on is the compiler's.
  mojo_rt_fini();
  return exitCode;
}

llvm::Expected<int> mojo::runJIT(std::unique_ptr<llvm::Module> module,
                                 std::unique_ptr<llvm::LLVMContext> ctx,
                                 llvm::ArrayRef<std::string> argv,
                                 const CodegenOptions &opts) {
  auto program = JITProgram::create(std::move(module), std::move(ctx), opts);
  if (!program)
    return program.takeError();
  auto main = (*program)->lookup("__mojo_main");
  if (!main)
    return main.takeError();
  return JITProgram::call(*main, argv);
}
