//===- Driver.cpp - The `mojoc` pipeline ----------------------------------===//
//
//   source -> parse -> check -> emitMLIR -> lower -> LLVM IR -> obj/exe/JIT
//
// Each stage can be printed with --emit, which is how its tests are written.
//
//===----------------------------------------------------------------------===//
#include "compiler/Driver/Driver.h"

#include "compiler/AST/ASTDumper.h"
#include "compiler/Codegen/Codegen.h"
#include "compiler/Driver/Compilation.h"
#include "compiler/Driver/Pipeline.h"
#include "compiler/IRGen/Dialects.h"
#include "compiler/IRGen/IRGen.h"
#include "compiler/Lex/Lexer.h"
#include "compiler/Parse/Parser.h"
#include "compiler/SemIR/CheckedPrinter.h"
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

std::string getStdlibDir() {
  if (std::optional<std::string> env = llvm::sys::Process::GetEnv("MOJOC_STDLIB"))
    return *env;
  return MOJOC_STDLIB_DIR;
}

SemaOptions getSemaOptions(const Options &options, bool forCheck) {
  SemaOptions sema;
  sema.stdlibDir = getStdlibDir();
  sema.importPaths = options.importPaths;
  for (const auto &[name, value] : options.defines)
    sema.defines[name] = value;
  // `sys.info` answers for the machine the code is generated for.
  sema.target = describeTarget(getCodegenOptions(options));
  sema.findTests = options.command == Command::Test;
  sema.requireMain = !forCheck && !sema.findTests;
  // `build` and `run` reject what `check` rejects, even in functions the
  // program never calls.
  sema.checkAllFunctions = true;
  return sema;
}

int runParse(const Options &options) {
  Compilation c(options);
  if (!c.load())
    return c.finish();
  std::unique_ptr<ast::Module> module =
      parseModule(c.sources, c.mainBuffer, c.diags);
  if (options.dumpAST)
    if (llvm::raw_ostream *os = c.openTextOutput())
      dumpAST(*module, c.sources, *os);
  return c.finish();
}

int runCheck(const Options &options) {
  Compilation c(options);
  if (!c.load())
    return c.finish();
  c.session.check(c.mainBuffer, getSemaOptions(options, true));
  return c.finish();
}

/// `--emit=tokens`: one token a line, `kind 'text' line:col`.
void dumpTokens(Compilation &c, llvm::raw_ostream &os) {
  for (const Token &tok : lexBuffer(c.sources, c.mainBuffer, c.diags)) {
    LineColumn lc = c.sources.getLineColumn(tok.getLoc());
    os << getTokenKindName(tok.getKind()) << " '";
    os.write_escaped(tok.getText()) << "' " << lc.line << ":" << lc.column
                                    << "\n";
  }
}

} // namespace

CodegenOptions mojo::driver::getCodegenOptions(const Options &options) {
  CodegenOptions codegen;
  codegen.optLevel = options.optLevel;
  codegen.timePasses = options.timePasses;
  return codegen;
}

std::unique_ptr<llvm::Module>
mojo::driver::compileToLLVM(Compilation &c, llvm::LLVMContext &llvmContext,
                            const CodegenOptions &codegen) {
  const Options &options = c.options;
  if (options.emit == EmitKind::Tokens) {
    if (llvm::raw_ostream *os = c.openTextOutput())
      dumpTokens(c, *os);
    return nullptr;
  }
  if (options.emit == EmitKind::AST) {
    std::unique_ptr<ast::Module> module =
        parseModule(c.sources, c.mainBuffer, c.diags);
    if (llvm::raw_ostream *os = c.openTextOutput())
      dumpAST(*module, c.sources, *os);
    return nullptr;
  }
  const sema::Program &program =
      *c.session.check(c.mainBuffer, getSemaOptions(options, false)).program;
  // `--emit=typed` prints a program with errors too: what failed is an
  // Error node, and everything else is as it checked. Nothing later sees
  // such a program.
  if (options.emit == EmitKind::Typed) {
    if (llvm::raw_ostream *os = c.openTextOutput())
      printCheckedProgram(program, *os);
    return nullptr;
  }
  if (c.diags.hadError())
    return nullptr;
  mlir::MLIRContext context(mlir::MLIRContext::Threading::DISABLED);
  loadMojoDialects(context);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      emitMLIR(program, context, c.diags);
  if (!module)
    return nullptr;
  if (options.emit == EmitKind::MLIR) {
    if (llvm::raw_ostream *os = c.openTextOutput())
      module->print(*os);
    return nullptr;
  }
  if (mlir::failed(lowerToLLVMDialect(*module, codegen, &c.diags)))
    return nullptr;
  if (options.emit == EmitKind::LoweredMLIR) {
    if (llvm::raw_ostream *os = c.openTextOutput())
      module->print(*os);
    return nullptr;
  }
  return translateToLLVMIR(*module, llvmContext, codegen, &c.diags);
}

namespace {

/// Where `build` writes an object file or executable: `-o`, else the
/// input's stem (with `.o` for an object file).
std::string getBinaryOutputPath(const Options &options) {
  if (!options.output.empty())
    return options.output;
  llvm::SmallString<128> out = llvm::sys::path::stem(options.input);
  if (options.emit == EmitKind::Obj)
    out += ".o";
  return std::string(out);
}

/// Writes the object file or executable, reporting any failure.
void writeBinary(Compilation &c, llvm::Module &llvmModule,
                 const CodegenOptions &codegen) {
  std::string output = getBinaryOutputPath(c.options);
  if (c.options.emit == EmitKind::Obj) {
    if (llvm::Error e =
            emitFile(llvmModule, output, OutputKind::Object, codegen))
      c.reportError(std::move(e));
    return;
  }
  llvm::SmallString<128> object;
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile("mojoc", "o", object)) {
    c.reportError(llvm::errorCodeToError(ec));
    return;
  }
  llvm::FileRemover removeObject(object);
  llvm::Error e = emitFile(llvmModule, object, OutputKind::Object, codegen);
  if (!e)
    e = linkExecutable({std::string(object)}, output);
  if (e)
    c.reportError(std::move(e));
}

/// Whether `build` writes its own file rather than printing a stage.
bool writesBinary(EmitKind kind) {
  return kind == EmitKind::Obj || kind == EmitKind::Exe;
}

int runBuild(const Options &options) {
  Compilation c(options);
  if (!c.load())
    return c.finish();
  // Refuse before compiling: `mojoc build prog` would replace the source
  // `prog` with the executable `prog`.
  if (writesBinary(options.emit) &&
      !c.checkOutputPath(getBinaryOutputPath(options)))
    return c.finish();
  CodegenOptions codegen = getCodegenOptions(options);
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      compileToLLVM(c, llvmContext, codegen);
  if (!llvmModule)
    return c.finish();
  switch (options.emit) {
  case EmitKind::LLVM:
    if (llvm::raw_ostream *os = c.openTextOutput())
      llvmModule->print(*os, nullptr);
    break;
  case EmitKind::Asm: {
    std::string path = options.output.empty() ? "-" : options.output;
    if (c.checkOutputPath(path))
      if (llvm::Error e =
              emitFile(*llvmModule, path, OutputKind::Assembly, codegen))
        c.reportError(std::move(e));
    break;
  }
  default:
    writeBinary(c, *llvmModule, codegen);
    break;
  }
  return c.finish();
}

int runRun(const Options &options) {
  Compilation c(options);
  if (!c.load())
    return c.finish();
  CodegenOptions codegen = getCodegenOptions(options);
  auto llvmContext = std::make_unique<llvm::LLVMContext>();
  std::unique_ptr<llvm::Module> llvmModule =
      compileToLLVM(c, *llvmContext, codegen);
  // Diagnostics are complete before the program starts, so that nothing of
  // the compiler's follows the program's output.
  if (!llvmModule)
    return c.finish() ? 1 : 0;
  if (int status = c.finish())
    return status;
  std::vector<std::string> argv{options.input};
  argv.insert(argv.end(), options.programArgs.begin(),
              options.programArgs.end());
  llvm::Expected<int> exitCode =
      runJIT(std::move(llvmModule), std::move(llvmContext), argv, codegen);
  if (!exitCode) {
    c.reportError(exitCode.takeError());
    return c.finish();
  }
  return *exitCode;
}

/// Reports a bad command line in the format it asked for.
int reportUsageError(const Options &options) {
  Options reporting = options;
  reporting.verify = false;
  Compilation c(reporting);
  c.reportError(options.usageError->id, options.usageError->args);
  return c.finish();
}

} // namespace

int mojo::driver::runCommand(const Options &options, const char *argv0) {
  if (options.usageError)
    return reportUsageError(options);
  if (options.showHelp) {
    printUsage(options.command);
    return 0;
  }
  switch (options.command) {
  case Command::Help:
    printUsage(options.command);
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
  case Command::Test:
    return runTests(options);
  }
  return 1;
}
