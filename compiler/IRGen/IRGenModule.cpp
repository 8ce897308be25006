//===- IRGenModule.cpp - Module-level IR generation -----------------------===//
#include "compiler/IRGen/IRGenImpl.h"
#include "compiler/IRGen/MLIRDiagnostics.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Verifier.h"

#include <algorithm>

using namespace mojo;
using namespace mojo::irgen;

ModuleEmitter::ModuleEmitter(const sema::Program &program,
                             mlir::MLIRContext &context,
                             DiagnosticEngine &diags)
    : context(context), diags(diags), sources(diags.getSourceManager()),
      program(program) {}

/// Lines are found by binary search in a table of line starts built once
/// per buffer. SourceMgr::getLineAndColumn scans back to the line's start
/// for the column, and IRGen locates every op it creates: a line of 9,000
/// chained comparisons took quadratic time. Lines and columns are counted
/// as MLIRDiagnostics.cpp maps them back.
mlir::Location ModuleEmitter::getLoc(SourceRange range) {
  unsigned buffer = sources.findBuffer(range.Start);
  if (!buffer)
    return mlir::UnknownLoc::get(&context);
  llvm::StringRef text = sources.getBufferText(buffer);
  std::vector<unsigned> &starts = lineStarts[buffer];
  if (starts.empty()) {
    starts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n')
        starts.push_back(i + 1);
  }
  unsigned offset = range.Start.getPointer() - text.data();
  unsigned line = std::upper_bound(starts.begin(), starts.end(), offset) -
                  starts.begin();
  unsigned column = offset - starts[line - 1] + 1;
  return mlir::FileLineColLoc::get(&context, sources.getBufferName(buffer),
                                   line, column);
}

mlir::func::FuncOp
ModuleEmitter::getFunction(const sema::FuncInstance *instance) {
  auto it = functions.find(instance);
  if (it != functions.end())
    return it->second;
  mlir::OpBuilder builder(&context);
  builder.setInsertionPointToEnd(module.getBody());
  auto func = builder.create<mlir::func::FuncOp>(
      getLoc(instance->info->nameRange), mangleFunctionName(*instance),
      getSignature(instance).type);
  func.setPrivate();
  if (instance->info->alwaysInline)
    func->setAttr(kAlwaysInlineAttr, builder.getUnitAttr());
  if (instance->info->noInline)
    func->setAttr(kNoInlineAttr, builder.getUnitAttr());
  functions[instance] = func;
  return func;
}

mlir::func::FuncOp
ModuleEmitter::getOrDeclareExternal(llvm::StringRef name,
                                    mlir::FunctionType type,
                                    mlir::Location loc) {
  if (auto existing = module.lookupSymbol<mlir::func::FuncOp>(name))
    return existing;
  mlir::OpBuilder builder(&context);
  builder.setInsertionPointToStart(module.getBody());
  auto func = builder.create<mlir::func::FuncOp>(loc, name, type);
  func.setPrivate();
  return func;
}

mlir::Value ModuleEmitter::getStringConstant(mlir::OpBuilder &builder,
                                             mlir::Location loc,
                                             llvm::StringRef text) {
  mlir::LLVM::GlobalOp &global = strings[text];
  if (!global) {
    mlir::OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    std::string bytes = text.str();
    bytes.push_back('\0');
    auto arrayType = mlir::LLVM::LLVMArrayType::get(
        mlir::IntegerType::get(&context, 8), bytes.size());
    global = builder.create<mlir::LLVM::GlobalOp>(
        loc, arrayType, /*isConstant=*/true, mlir::LLVM::Linkage::Private,
        "__str" + std::to_string(strings.size()),
        builder.getStringAttr(bytes), /*alignment=*/1);
    global.setUnnamedAddr(mlir::LLVM::UnnamedAddr::Global);
  }
  return builder.create<mlir::LLVM::AddressOfOp>(loc, global);
}

/// `__mojo_main() -> i32`: what the runtime's C `main` (or the JIT) calls;
/// for `mojoc test`, `__mojo_test_<i>() -> i32` for each test function,
/// which the driver calls by name. `symbol` runs `userMain`:
///   func.func @__mojo_main() -> i32 { call @<user main>(); return 0 }
/// When `main` raises, an error escaping it is reported by the stdlib's
/// hook and the process exits with 1:
///   %raised = call @<user main>(%slot)
///   cond_br %raised, ^report, ^ok
///   ^report: call @__report_unhandled_error(%slot); return 1
void ModuleEmitter::emitEntryPoint(llvm::StringRef symbol,
                                   const sema::FuncInstance *userMain) {
  mlir::OpBuilder builder(&context);
  builder.setInsertionPointToEnd(module.getBody());
  // Errors about the entry point are reported at the user's `main`.
  mlir::Location loc = getLoc(userMain->info->nameRange);
  auto i32 = builder.getI32Type();
  auto entry = builder.create<mlir::func::FuncOp>(
      loc, symbol, builder.getFunctionType({}, {i32}));
  builder.setInsertionPointToStart(entry.addEntryBlock());
  mlir::Value zero = builder.create<mlir::arith::ConstantIntOp>(loc, 0, 32);
  if (!usesErrorABI(userMain)) {
    builder.create<mlir::func::CallOp>(loc, getFunction(userMain));
    builder.create<mlir::func::ReturnOp>(loc, zero);
    return;
  }
  const sema::FuncInstance *hook = program.unhandledErrorHook;
  auto ptrType = mlir::LLVM::LLVMPointerType::get(&context);
  mlir::Value one64 = builder.create<mlir::arith::ConstantIntOp>(loc, 1, 64);
  mlir::Value slot = builder.create<mlir::LLVM::AllocaOp>(
      loc, ptrType, getStorageType(program.errorType), one64);
  auto call = builder.create<mlir::func::CallOp>(loc, getFunction(userMain),
                                                 mlir::ValueRange{slot});
  mlir::Region &body = entry.getBody();
  auto *report = new mlir::Block(), *ok = new mlir::Block();
  builder.create<mlir::cf::CondBranchOp>(loc, call.getResults().back(), report,
                                         ok);
  body.push_back(ok);
  builder.setInsertionPointToStart(ok);
  builder.create<mlir::func::ReturnOp>(loc, zero);
  body.push_back(report);
  builder.setInsertionPointToStart(report);
  // The hook takes its error `mut`, so it is passed as the slot's address.
  // (A stdlib without the hook still gets the exit status.)
  if (hook)
    builder.create<mlir::func::CallOp>(loc, getFunction(hook),
                                       mlir::ValueRange{slot});
  mlir::Value one = builder.create<mlir::arith::ConstantIntOp>(loc, 1, 32);
  builder.create<mlir::func::ReturnOp>(loc, one);
}

mlir::OwningOpRef<mlir::ModuleOp> ModuleEmitter::run() {
  // Errors about the module as a whole (a symbol defined twice) are
  // reported at the program's `main`.
  mlir::Location moduleLoc =
      program.mainInstance
          ? getLoc(program.mainInstance->info->nameRange)
          : mlir::Location(mlir::UnknownLoc::get(&context));
  mlir::OwningOpRef<mlir::ModuleOp> owned = mlir::ModuleOp::create(moduleLoc);
  module = *owned;
  for (const sema::FuncInstance *instance : program.instances)
    FunctionEmitter(*this, *instance).emit();
  if (program.mainInstance)
    emitEntryPoint("__mojo_main", program.mainInstance);
  for (size_t i = 0; i < program.tests.size(); ++i)
    emitEntryPoint(getTestEntryName(i), program.tests[i]);
  if (failed || mlir::failed(mlir::verify(*owned)))
    return nullptr;
  return owned;
}

mlir::OwningOpRef<mlir::ModuleOp>
mojo::emitMLIR(const sema::Program &program, mlir::MLIRContext &context,
               DiagnosticEngine &diags) {
  // The checked tree of a program with errors has Error nodes and holds
  // bodies whose ownership was not checked: the driver stops before this.
  assert(!diags.hadError() && "a program with errors is never emitted");
  MLIRDiagnosticBridge bridge(&context, &diags, DiagID::err_mlir);
  return ModuleEmitter(program, context, diags).run();
}
