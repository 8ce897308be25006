//===- CodegenTestSupport.cpp - Helpers for the Codegen tests -------------===//
#include "CodegenTestSupport.h"

#include "compiler/Basic/Diagnostic.h"
#include "compiler/IRGen/Dialects.h"

#include "runtime/mojo_runtime.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <unistd.h>

using namespace mojo;
using namespace mojo::test;

namespace {
/// Keeps "line:col: message" of every diagnostic.
class CollectingConsumer : public DiagnosticConsumer {
public:
  explicit CollectingConsumer(const SourceManager &sources)
      : sources(sources) {}
  void handle(const Diagnostic &diag) override {
    LineColumn lc = sources.getLineColumn(diag.getLoc());
    messages.push_back(std::to_string(lc.line) + ":" +
                       std::to_string(lc.column) + ": " + diag.message);
  }
  const SourceManager &sources;
  std::vector<std::string> messages;
};
} // namespace

CompiledModule test::compileMLIR(llvm::StringRef source,
                                 const CodegenOptions &opts) {
  CompiledModule result;
  SourceManager sources;
  sources.addBuffer("test.mlir", source);
  CollectingConsumer consumer(sources);
  DiagnosticEngine diags(sources, &consumer);

  mlir::MLIRContext context;
  loadMojoDialects(context);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(source, &context, "test.mlir");
  if (!module) {
    ADD_FAILURE() << "test MLIR does not parse";
    return result;
  }
  if (mlir::failed(lowerToLLVMDialect(*module, opts, &diags))) {
    result.errors = consumer.messages;
    return result;
  }
  result.context = std::make_unique<llvm::LLVMContext>();
  result.module = translateToLLVMIR(*module, *result.context, opts, &diags);
  result.errors = consumer.messages;
  return result;
}

std::string test::lowerMLIR(llvm::StringRef source,
                            const CodegenOptions &opts) {
  mlir::MLIRContext context;
  loadMojoDialects(context);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(source, &context, "test.mlir");
  if (!module || mlir::failed(lowerToLLVMDialect(*module, opts))) {
    ADD_FAILURE() << "test MLIR does not parse or lower";
    return {};
  }
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os);
  return text;
}

std::string test::printIR(const llvm::Module &module) {
  std::string text;
  llvm::raw_string_ostream os(text);
  module.print(os, nullptr);
  return text;
}

int test::runMLIR(llvm::StringRef source, std::vector<std::string> argv,
                  const CodegenOptions &opts) {
  CompiledModule compiled = compileMLIR(source, opts);
  if (!compiled.module) {
    ADD_FAILURE() << "compiling failed: "
                  << (compiled.errors.empty() ? "" : compiled.errors[0]);
    return -1000;
  }
  llvm::Expected<int> exitCode = runJIT(
      std::move(compiled.module), std::move(compiled.context), argv, opts);
  if (!exitCode) {
    ADD_FAILURE() << "JIT: " << llvm::toString(exitCode.takeError());
    return -1000;
  }
  return *exitCode;
}

StdoutCapture::StdoutCapture() {
  int fd = -1;
  if (llvm::sys::fs::createTemporaryFile("codegen-stdout", "txt", fd, path)) {
    ADD_FAILURE() << "cannot create a temporary file";
    return;
  }
  mojo_rt_flush(1);
  savedFd = dup(1);
  dup2(fd, 1);
  close(fd);
}

StdoutCapture::~StdoutCapture() { take(); }

std::string StdoutCapture::take() {
  if (savedFd < 0)
    return {};
  mojo_rt_flush(1);
  dup2(savedFd, 1);
  close(savedFd);
  savedFd = -1;
  auto buffer = llvm::MemoryBuffer::getFile(path);
  llvm::sys::fs::remove(path);
  return buffer ? (*buffer)->getBuffer().str() : std::string();
}

TempDir::TempDir() {
  if (llvm::sys::fs::createUniqueDirectory("mojoc-codegen-test", path))
    ADD_FAILURE() << "cannot create a temporary directory";
}

TempDir::~TempDir() { llvm::sys::fs::remove_directories(path); }

std::string TempDir::file(llvm::StringRef name) const {
  llvm::SmallString<128> file(path);
  llvm::sys::path::append(file, name);
  return std::string(file);
}
