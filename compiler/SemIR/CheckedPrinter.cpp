//===- CheckedPrinter.cpp - `--emit=typed`: the checked tree as text ------===//
//
// Prints each function instance of the main module the way Sema left it:
// every call resolved, every conversion a constructor call, and the
// ownership pass's copies, moves, temporaries and destructions in place.
// Golden tests of where values are copied and destroyed read this output.
//
//   fn main() -> None
//     var a: Res = Res.__init__(1)
//     var b: Res = copy(a) by Res.__copyinit__
//     destroy a
//     f(move(b) by Res.__moveinit__)
//     g(b) on error(destroy b)
//
// Compiler temporaries print as `$N`, numbered in order of appearance. A
// file with errors prints too: what failed is `<error>`, followed by the
// parts of it that checked (`<error>(1, <error>, 3)`).
//
//===----------------------------------------------------------------------===//
#include "compiler/SemIR/CheckedPrinter.h"

#include "compiler/AST/Module.h"
#include "compiler/SemIR/Program.h"

#include "llvm/ADT/DenseMap.h"

using namespace mojo;
using namespace mojo::sema;

namespace {
class CheckedPrinter {
public:
  explicit CheckedPrinter(llvm::raw_ostream &os) : os(os) {}

  void printInstance(const FuncInstance &instance);

private:
  void printBlock(const CBlock &block, unsigned indent);
  void printStmt(const CStmt &stmt, unsigned indent);
  void printExpr(const CExpr &expr);
  void printArgs(const std::vector<CExprPtr> &operands, size_t from = 0);
  void printLocal(const LocalVar *local);
  /// ` on error(destroy a; ...)`: what an error edge destroys.
  void printOnError(const CBlock &onError) { printDestroys("on error", onError); }
  /// ` after finally(destroy a; ...)`: what an exit destroys once the
  /// `finally` blocks it leaves have run.
  void printAfterFinally(const CBlock &destroys) {
    printDestroys("after finally", destroys);
  }
  void printDestroys(llvm::StringRef label, const CBlock &destroys);

  llvm::raw_ostream &os;
  llvm::DenseMap<const LocalVar *, unsigned> temporaries;
};
} // namespace

void CheckedPrinter::printLocal(const LocalVar *local) {
  if (local->name != "<tmp>") {
    os << local->name;
    return;
  }
  auto [it, inserted] = temporaries.try_emplace(local, temporaries.size());
  os << "$" << it->second;
}

void CheckedPrinter::printDestroys(llvm::StringRef label,
                                   const CBlock &destroys) {
  if (destroys.empty())
    return;
  os << " " << label << "(";
  for (size_t i = 0; i < destroys.size(); ++i) {
    os << (i ? "; " : "") << "destroy ";
    printExpr(*destroys[i]->target);
  }
  os << ")";
}

void CheckedPrinter::printArgs(const std::vector<CExprPtr> &operands,
                               size_t from) {
  os << "(";
  for (size_t i = from; i < operands.size(); ++i) {
    if (i != from)
      os << ", ";
    printExpr(*operands[i]);
  }
  os << ")";
}

void CheckedPrinter::printExpr(const CExpr &expr) {
  using Kind = CExpr::Kind;
  switch (expr.kind) {
  case Kind::IntConst:
    os << expr.intValue;
    return;
  case Kind::StringConst:
    os << '"';
    os.write_escaped(expr.text);
    os << '"';
    return;
  case Kind::MLIRConst:
    os << expr.text;
    return;
  case Kind::ConstAddress:
    if (!expr.fieldIndex)
      os << "null";
    else
      os << "@constant" << expr.fieldIndex << "+" << expr.intValue;
    return;
  case Kind::Local:
    return printLocal(expr.local);
  case Kind::Field: {
    printExpr(*expr.operands[0]);
    Type base = expr.operands[0]->type;
    if (llvm::isa<TupleType>(base))
      os << "[" << expr.fieldIndex << "]";
    else
      os << "." << getFieldName(base, expr.fieldIndex);
    return;
  }
  case Kind::Tuple:
    if (llvm::isa<StructType>(expr.type))
      os << "bits " << getTypeName(expr.type); // A constant's fields.
    else
      os << "tuple";
    return printArgs(expr.operands);
  case Kind::Call:
    os << describeFunctionValue(expr.callee);
    printArgs(expr.operands);
    return printOnError(expr.onError);
  case Kind::FuncRef:
    os << "fnref " << (expr.callee ? describeFunctionValue(expr.callee) : "?");
    return;
  case Kind::CallIndirect:
    os << "call ";
    printExpr(*expr.operands[0]);
    printArgs(expr.operands, 1);
    return printOnError(expr.onError);
  case Kind::MLIROp:
    os << "__mlir_op." << expr.text;
    return printArgs(expr.operands);
  case Kind::And:
  case Kind::Or:
    os << "(";
    printExpr(*expr.operands[0]);
    os << (expr.kind == Kind::And ? " and " : " or ");
    printExpr(*expr.operands[1]);
    os << ")";
    return;
  case Kind::Not:
    os << "not ";
    return printExpr(*expr.operands[0]);
  case Kind::Select:
    os << "(";
    printExpr(*expr.operands[1]);
    os << " if ";
    printExpr(*expr.operands[0]);
    os << " else ";
    printExpr(*expr.operands[2]);
    os << ")";
    return;
  case Kind::Bind:
    os << "(";
    printLocal(expr.local);
    os << " := ";
    printExpr(*expr.operands[0]);
    os << ")";
    return;
  case Kind::None:
    os << "None";
    return;
  case Kind::Parameter:
    if (!expr.operands.empty()) {
      os << "parameter(";
      printExpr(*expr.operands[0]);
      os << ")";
      return;
    }
    os << "parameter " << expr.fieldIndex;
    return;
  case Kind::Copy:
  case Kind::Move:
    os << (expr.kind == Kind::Copy ? "copy(" : "move(");
    printExpr(*expr.operands[0]);
    os << ")";
    if (expr.callee)
      os << " by " << describeInstance(expr.callee)
         << (expr.movesByCopy ? " and destroy" : "");
    return;
  case Kind::Temporary:
    os << "temp(";
    printLocal(expr.local);
    os << " = ";
    printExpr(*expr.operands[0]);
    os << ")";
    return;
  case Kind::Cleanup:
    os << "cleanup(";
    printExpr(*expr.operands[0]);
    for (const CStmtPtr &destroy : expr.cleanups) {
      os << "; destroy ";
      printExpr(*destroy->target);
    }
    os << ")";
    return;
  case Kind::Deref:
    os << (expr.uninitialized ? "uninit " : "") << "deref[" 
       << getTypeName(expr.type) << "](";
    printExpr(*expr.operands[0]);
    os << ")";
    return;
  case Kind::AddressOf:
    os << "addressof(";
    printExpr(*expr.operands[0]);
    os << ")";
    return;
  case Kind::VariadicList: // `variadic[Int](1, 2)`, `variadic[&S](a, b)`
    os << "variadic[" << (expr.elementsByAddress ? "&" : "")
       << getTypeName(expr.typeOperand) << "](";
    for (size_t i = 0; i < expr.operands.size(); ++i) {
      os << (i ? ", " : "");
      printExpr(*expr.operands[i]);
    }
    os << ")";
    return;
  case Kind::StackAlloc:
    os << "stack_alloc[" << getTypeName(expr.typeOperand) << " x "
       << expr.intValue << ", align " << expr.fieldIndex << "]";
    return;
  case Kind::SizeOf:
  case Kind::AlignOf:
    os << (expr.kind == Kind::SizeOf ? "sizeof[" : "alignof[")
       << getTypeName(expr.typeOperand) << "]";
    return;
  case Kind::Error: // `<error>(1, 3)`: the parts that checked.
    os << "<error>";
    if (!expr.operands.empty())
      printArgs(expr.operands);
    return;
  }
}

void CheckedPrinter::printBlock(const CBlock &block, unsigned indent) {
  if (block.empty()) {
    os.indent(indent) << "pass\n";
    return;
  }
  for (const CStmtPtr &stmt : block)
    printStmt(*stmt, indent);
}

void CheckedPrinter::printStmt(const CStmt &stmt, unsigned indent) {
  using Kind = CStmt::Kind;
  os.indent(indent);
  switch (stmt.kind) {
  case Kind::Expr:
    printExpr(*stmt.value);
    os << "\n";
    return;
  case Kind::Init:
    os << "var ";
    printLocal(stmt.local);
    os << ": " << getTypeName(stmt.local->type) << " = ";
    printExpr(*stmt.value);
    os << "\n";
    return;
  case Kind::Assign:
    printExpr(*stmt.target);
    os << (stmt.initializes ? " = (init) " : stmt.destroysOld ? " = (destroying the old) " : " = ");
    printExpr(*stmt.value);
    os << "\n";
    return;
  case Kind::If:
    os << (stmt.atCompileTime ? "@parameter if " : "if ");
    printExpr(*stmt.cond);
    os << ":\n";
    printBlock(stmt.body, indent + 2);
    for (const CStmtPtr &elif : stmt.elifs) {
      os.indent(indent) << "elif ";
      printExpr(*elif->cond);
      os << ":\n";
      printBlock(elif->body, indent + 2);
    }
    if (!stmt.orElse.empty()) {
      os.indent(indent) << "else:\n";
      printBlock(stmt.orElse, indent + 2);
    }
    return;
  case Kind::While:
    os << "while ";
    printExpr(*stmt.cond);
    os << ":\n";
    printBlock(stmt.body, indent + 2);
    if (!stmt.orElse.empty()) {
      os.indent(indent) << "else:\n";
      printBlock(stmt.orElse, indent + 2);
    }
    return;
  case Kind::Break:
    os << "break";
    printAfterFinally(stmt.afterFinally);
    os << "\n";
    return;
  case Kind::Continue:
    os << "continue";
    printAfterFinally(stmt.afterFinally);
    os << "\n";
    return;
  case Kind::Return:
    os << "return";
    if (stmt.value) {
      os << " ";
      printExpr(*stmt.value);
    }
    printAfterFinally(stmt.afterFinally);
    os << "\n";
    return;
  case Kind::Block:
    os << "block:\n";
    printBlock(stmt.body, indent + 2);
    return;
  case Kind::Destroy:
    os << "destroy ";
    printExpr(*stmt.target);
    os << "\n";
    return;
  case Kind::Raise:
    os << "raise";
    if (stmt.value) {
      os << " ";
      printExpr(*stmt.value);
    }
    printOnError(stmt.onError);
    os << "\n";
    return;
  case Kind::Try:
    os << "try:\n";
    printBlock(stmt.body, indent + 2);
    if (stmt.hasHandler) {
      os.indent(indent) << "except ";
      printLocal(stmt.local);
      os << ":\n";
      printBlock(stmt.handler, indent + 2);
    }
    if (!stmt.orElse.empty()) {
      os.indent(indent) << "else:\n";
      printBlock(stmt.orElse, indent + 2);
    }
    if (!stmt.finally.empty()) {
      os.indent(indent) << "finally:\n";
      printBlock(stmt.finally, indent + 2);
    }
    return;
  }
}

void CheckedPrinter::printInstance(const FuncInstance &instance) {
  temporaries.clear();
  os << "fn " << describeFunctionValue(&instance) << "(";
  for (size_t i = 0; i < instance.params.size(); ++i) {
    const ParamSlot &slot = instance.params[i];
    static const char *const conventions[] = {"", "mut ", "owned ", "out ",
                                              "ref "};
    os << (i ? ", " : "") << conventions[unsigned(slot.convention)]
       << slot.name << ": " << getTypeName(slot.type);
  }
  os << ") -> " << getTypeName(instance.result);
  // A closure's captures are references to its parent's variables.
  for (size_t i = 0; i < instance.captures.size(); ++i)
    os << (i ? ", " : " captures ") << instance.captures[i].second->name;
  os << "\n";
  printBlock(instance.body, 2);
}

void mojo::printCheckedProgram(const sema::Program &program,
                               llvm::raw_ostream &os) {
  // The main module's instances, in the order Sema made them.
  const ModuleInfo *main =
      program.modules.empty() ? nullptr : program.modules.front().get();
  CheckedPrinter printer(os);
  bool first = true;
  for (const FuncInstance *instance : program.instances) {
    if (instance->info->module != main)
      continue;
    if (!first)
      os << "\n";
    first = false;
    printer.printInstance(*instance);
  }
}
