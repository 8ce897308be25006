//===- Driver.cpp - The `mojoc` pipeline ----------------------------------===//
//
//   source -> parse -> check -> emitMLIR -> lower -> LLVM IR -> obj/exe/JIT
//
// Each stage can be printed with --emit, which is how its tests are written.
//
//===----------------------------------------------------------------------===//
#include "compiler/Driver/Driver.h"

#include "compiler/AST/ASTDumper.h"
#include "compiler/Basic/DiagnosticPrinter.h"
#include "compiler/Basic/VerifyDiagnostics.h"
#include "compiler/Codegen/Codegen.h"
#include "compiler/IRGen/Dialects.h"
#include "compiler/IRGen/IRGen.h"
#include "compiler/Lex/Lexer.h"
#include "compiler/Parse/Parser.h"
#include "compiler/Sema/Sema.h"

#include "mlir/IR/MLIRContext.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

using namespace mojo;
using namespace mojo::driver;

namespace {

/// One compilation: its sources, diagnostics, and where they are printed.
class Compilation {
public:
  explicit Compilation(const Options &options)
      : options(options), diags(sources) {
    if (options.verify)
      consumer = std::make_unique<CollectingDiagnosticConsumer>();
    else if (options.jsonDiagnostics)
      consumer = std::make_unique<JSONDiagnosticPrinter>(sources, llvm::outs());
    else
      consumer = std::make_unique<TextDiagnosticPrinter>(
          sources, llvm::errs(), llvm::errs().has_colors());
    diags.setConsumer(consumer.get());
    diags.setErrorLimit(100);
  }

  /// Loads the input file; false (reported) if it cannot be read.
  bool load() {
    auto bufferOrErr = sources.addFile(options.input);
    if (!bufferOrErr) {
      llvm::errs() << "mojoc: error: " << llvm::toString(bufferOrErr.takeError())
                   << "\n";
      return false;
    }
    mainBuffer = *bufferOrErr;
    return true;
  }

  /// The exit status for the diagnostics so far (applying -verify).
  int finish() {
    consumer->finish();
    if (options.verify) {
      auto *collected =
          static_cast<CollectingDiagnosticConsumer *>(consumer.get());
      return verifyDiagnostics(sources, mainBuffer,
                               collected->getDiagnostics(), llvm::errs())
                 ? 0
                 : 1;
    }
    return diags.hadError() ? 1 : 0;
  }

  const Options &options;
  SourceManager sources;
  DiagnosticEngine diags;
  std::unique_ptr<DiagnosticConsumer> consumer;
  unsigned mainBuffer = 0;
};

std::string getStdlibDir() {
  if (std::optional<std::string> env = llvm::sys::Process::GetEnv("MOJOC_STDLIB"))
    return *env;
  return MOJOC_STDLIB_DIR;
}

SemaOptions getSemaOptions(const Options &options, bool forCheck) {
  SemaOptions sema;
  sema.stdlibDir = getStdlibDir();
  sema.importPaths = options.importPaths;
  sema.requireMain = !forCheck;
  sema.checkAllFunctions = forCheck;
  return sema;
}

int runParse(const Options &options) {
  Compilation c(options);
  if (!c.load())
    return 1;
  std::unique_ptr<ast::Module> module =
      parseModule(c.sources, c.mainBuffer, c.diags);
  if (options.dumpAST)
    dumpAST(*module, c.sources, llvm::outs());
  return c.finish();
}

int runCheck(const Options &options) {
  Compilation c(options);
  if (!c.load())
    return 1;
  checkProgram(c.sources, c.mainBuffer, c.diags, getSemaOptions(options, true));
  return c.finish();
}

std::string defaultOutput(const Options &options, llvm::StringRef extension) {
  if (!options.output.empty())
    return options.output;
  llvm::SmallString<128> out = llvm::sys::path::stem(options.input);
  out += extension;
  return std::string(out);
}

/// `--emit=tokens`: one token a line, `kind 'text' line:col`.
void dumpTokens(Compilation &c) {
  for (const Token &tok : lexBuffer(c.sources, c.mainBuffer, c.diags)) {
    LineColumn lc = c.sources.getLineColumn(tok.getLoc());
    llvm::outs() << getTokenKindName(tok.getKind()) << " '";
    llvm::outs().write_escaped(tok.getText()) << "' " << lc.line << ":"
                                              << lc.column << "\n";
  }
}

/// Builds the module through to LLVM IR; null after reporting errors.
std::unique_ptr<llvm::Module> compileToLLVM(Compilation &c,
                                            llvm::LLVMContext &llvmContext,
                                            const CodegenOptions &codegen) {
  const Options &options = c.options;
  if (options.emit == EmitKind::Tokens) {
    dumpTokens(c);
    return nullptr;
  }
  if (options.emit == EmitKind::AST) {
    std::unique_ptr<ast::Module> module =
        parseModule(c.sources, c.mainBuffer, c.diags);
    dumpAST(*module, c.sources, llvm::outs());
    return nullptr;
  }
  std::unique_ptr<sema::Program> program = checkProgram(
      c.sources, c.mainBuffer, c.diags, getSemaOptions(options, false));
  if (c.diags.hadError())
    return nullptr;
  mlir::MLIRContext context(mlir::MLIRContext::Threading::DISABLED);
  loadMojoDialects(context);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      emitMLIR(*program, context, c.diags);
  if (!module)
    return nullptr;
  if (options.emit == EmitKind::MLIR) {
    module->print(llvm::outs());
    return nullptr;
  }
  if (mlir::failed(lowerToLLVMDialect(*module, codegen, &c.diags)))
    return nullptr;
  if (options.emit == EmitKind::LoweredMLIR) {
    module->print(llvm::outs());
    return nullptr;
  }
  return translateToLLVMIR(*module, llvmContext, codegen, &c.diags);
}

CodegenOptions getCodegenOptions(const Options &options) {
  CodegenOptions codegen;
  codegen.optLevel = options.optLevel;
  codegen.timePasses = options.timePasses;
  return codegen;
}

int reportError(llvm::Error error) {
  llvm::errs() << "mojoc: error: " << llvm::toString(std::move(error)) << "\n";
  return 1;
}

int runBuild(const Options &options) {
  Compilation c(options);
  if (!c.load())
    return 1;
  CodegenOptions codegen = getCodegenOptions(options);
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      compileToLLVM(c, llvmContext, codegen);
  if (!llvmModule)
    return c.finish();
  switch (options.emit) {
  case EmitKind::LLVM:
    llvmModule->print(llvm::outs(), nullptr);
    return c.finish();
  case EmitKind::Asm:
    if (llvm::Error e =
            emitFile(*llvmModule, options.output.empty() ? "-" : options.output,
                     OutputKind::Assembly, codegen))
      return reportError(std::move(e));
    return c.finish();
  case EmitKind::Obj:
    if (llvm::Error e = emitFile(*llvmModule, defaultOutput(options, ".o"),
                                 OutputKind::Object, codegen))
      return reportError(std::move(e));
    return c.finish();
  default:
    break;
  }
  llvm::SmallString<128> object;
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile("mojoc", "o", object))
    return reportError(llvm::errorCodeToError(ec));
  llvm::FileRemover removeObject(object);
  if (llvm::Error e =
          emitFile(*llvmModule, object, OutputKind::Object, codegen))
    return reportError(std::move(e));
  if (llvm::Error e =
          linkExecutable({std::string(object)}, defaultOutput(options, "")))
    return reportError(std::move(e));
  return c.finish();
}

int runRun(const Options &options) {
  Compilation c(options);
  if (!c.load())
    return 1;
  CodegenOptions codegen = getCodegenOptions(options);
  auto llvmContext = std::make_unique<llvm::LLVMContext>();
  std::unique_ptr<llvm::Module> llvmModule =
      compileToLLVM(c, *llvmContext, codegen);
  if (!llvmModule)
    return c.finish() ? 1 : 0;
  if (int status = c.finish())
    return status;
  std::vector<std::string> argv{options.input};
  argv.insert(argv.end(), options.programArgs.begin(),
              options.programArgs.end());
  llvm::Expected<int> exitCode =
      runJIT(std::move(llvmModule), std::move(llvmContext), argv, codegen);
  if (!exitCode)
    return reportError(exitCode.takeError());
  return *exitCode;
}

} // namespace

int mojo::driver::runCommand(const Options &options, const char *argv0) {
  switch (options.command) {
  case Command::Help:
    printUsage();
    return 0;
  case Command::Version:
    llvm::outs() << "mojoc 0.1.0 (Mojo 24.6 language level; LLVM "
                 << LLVM_VERSION_STRING << ")\n";
    return 0;
  case Command::Parse:
    return runParse(options);
  case Command::Check:
    return runCheck(options);
  case Command::Build:
    return runBuild(options);
  case Command::Run:
    return runRun(options);
  }
  return 1;
}
