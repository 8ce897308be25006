//===- ASTDumper.cpp - Printing the AST as text ---------------------------===//
//
// The dumper walks the tree recursively; the parser bounds the depth of
// every tree it builds, so the recursion is bounded too. Expressions are
// printed here; statements and declarations in ASTDumpDecl.cpp.
//
//===----------------------------------------------------------------------===//
#include "compiler/AST/ASTDumperImpl.h"

#include "llvm/ADT/StringExtras.h"

using namespace mojo;
using namespace mojo::ast;

void Dumper::position(SourceLoc loc) {
  LineColumn lc = sources.getLineColumn(loc);
  os << lc.line << ':' << lc.column;
}

/// `<start, end>` where end is the column of the last character.
void Dumper::range(SourceRange r) {
  if (!r.Start.isValid()) {
    os << " <invalid>";
    return;
  }
  SourceLoc last = r.Start;
  if (r.End.isValid() && r.End.getPointer() > r.Start.getPointer())
    last = SourceLoc::getFromPointer(r.End.getPointer() - 1);
  os << " <";
  position(r.Start);
  os << ", ";
  position(last);
  os << '>';
}

/// Starts a line: indentation, role prefix, kind name and range.
llvm::raw_ostream &Dumper::line(llvm::StringRef role, llvm::StringRef kind,
                                SourceRange r) {
  os.indent(depth * 2);
  if (!role.empty())
    os << role << (role.ends_with("=") ? " " : ": ");
  os << kind;
  if (r.Start.isValid())
    range(r);
  return os;
}

void Dumper::quoted(llvm::StringRef text) {
  os << '"';
  os.write_escaped(text);
  os << '"';
}

void Dumper::label(llvm::StringRef text) {
  os.indent(depth * 2) << text << '\n';
}

void Dumper::block(llvm::StringRef name, Block body) {
  label(name);
  Indent in(*this);
  for (StmtId id : body)
    stmt(id);
}

void Dumper::args(llvm::ArrayRef<Argument> arguments) {
  for (const Argument &arg : arguments) {
    std::string role = arg.hasKeyword() ? (arg.keyword + "=").str() : "";
    expr(arg.value, role);
  }
}

void Dumper::optional(ExprId id, llvm::StringRef role) {
  if (id)
    expr(id, role);
}

/// Attributes of the leaf kinds; false when `e` is not a leaf.
bool Dumper::leafAttributes(const Expr &e) {
  switch (e.getKind()) {
  case Expr::Kind::IntegerLiteral: {
    const auto &lit = llvm::cast<IntegerLiteralExpr>(e);
    std::string value = llvm::toString(lit.getValue(), 10, false);
    os << ' ' << lit.getText();
    if (value != lit.getText())
      os << " (" << value << ')';
    return true;
  }
  case Expr::Kind::FloatLiteral:
    os << ' ' << llvm::cast<FloatLiteralExpr>(e).getText();
    return true;
  case Expr::Kind::StringLiteral: {
    const auto &lit = llvm::cast<StringLiteralExpr>(e);
    os << ' ';
    quoted(lit.getValue());
    if (lit.getNumPieces() > 1)
      os << " pieces=" << lit.getNumPieces();
    return true;
  }
  case Expr::Kind::BoolLiteral:
    os << (llvm::cast<BoolLiteralExpr>(e).getValue() ? " True" : " False");
    return true;
  case Expr::Kind::Name:
    os << ' ' << llvm::cast<NameExpr>(e).getName();
    return true;
  case Expr::Kind::NoneLiteral:
  case Expr::Kind::Ellipsis:
  case Expr::Kind::Error:
    return true;
  default:
    return false;
  }
}

/// Attributes of the operator kinds, printed on the node's line.
void Dumper::operatorAttributes(const Expr &e) {
  switch (e.getKind()) {
  case Expr::Kind::Member:
    os << " ." << llvm::cast<MemberExpr>(e).getName();
    break;
  case Expr::Kind::Unary:
    os << " '" << getSpelling(llvm::cast<UnaryExpr>(e).getOp()) << '\'';
    break;
  case Expr::Kind::Binary:
    os << " '" << getSpelling(llvm::cast<BinaryExpr>(e).getOp()) << '\'';
    break;
  case Expr::Kind::Compare:
    for (const CompareOperator &op : llvm::cast<CompareExpr>(e).getOps())
      os << " '" << getSpelling(op.op) << '\'';
    break;
  case Expr::Kind::BoolOp:
    os << ' ' << getSpelling(llvm::cast<BoolOpExpr>(e).getOp());
    break;
  case Expr::Kind::Walrus:
    os << ' ' << llvm::cast<WalrusExpr>(e).getName();
    break;
  case Expr::Kind::Unpack:
    os << (llvm::cast<UnpackExpr>(e).isDoubleStar() ? " '**'" : " '*'");
    break;
  case Expr::Kind::Tuple:
    if (llvm::cast<TupleExpr>(e).isParenthesized())
      os << " parenthesized";
    break;
  case Expr::Kind::FunctionType:
    effects(llvm::cast<FunctionTypeExpr>(e).getEffects());
    break;
  default:
    break;
  }
}

void Dumper::effects(const FunctionEffects &fx) {
  if (fx.raises)
    os << " raises";
  if (fx.capturing)
    os << " capturing";
  if (fx.escaping)
    os << " escaping";
}

/// Children of the kinds whose children need roles or are not plain lists.
void Dumper::exprChildren(const Expr &e) {
  switch (e.getKind()) {
  case Expr::Kind::Call:
    expr(llvm::cast<CallExpr>(e).getCallee());
    return args(llvm::cast<CallExpr>(e).getArgs());
  case Expr::Kind::Subscript:
    expr(llvm::cast<SubscriptExpr>(e).getBase());
    return args(llvm::cast<SubscriptExpr>(e).getIndices());
  case Expr::Kind::Slice:
    optional(llvm::cast<SliceExpr>(e).getLower(), "lower");
    optional(llvm::cast<SliceExpr>(e).getUpper(), "upper");
    return optional(llvm::cast<SliceExpr>(e).getStep(), "step");
  case Expr::Kind::Ternary:
    expr(llvm::cast<TernaryExpr>(e).getThenValue(), "then");
    expr(llvm::cast<TernaryExpr>(e).getCondition(), "cond");
    return expr(llvm::cast<TernaryExpr>(e).getElseValue(), "else");
  case Expr::Kind::FunctionType: {
    const auto &type = llvm::cast<FunctionTypeExpr>(e);
    if (type.hasParams())
      params("ParamList []", type.getParams());
    params("ParamList ()", type.getArgs());
    for (ExprId origin : type.getEffects().captureOrigins)
      expr(origin, "captures");
    return optional(type.getResult(), "result");
  }
  case Expr::Kind::RefType: {
    const auto &ref = llvm::cast<RefTypeExpr>(e);
    for (ExprId origin : ref.getOrigins())
      expr(origin, "origin");
    return expr(ref.getType(), "type");
  }
  default:
    forEachChildExpr(e, [&](ExprId child) { expr(child); });
    return;
  }
}

void Dumper::expr(ExprId id, llvm::StringRef role) {
  if (!id) {
    line(role, "<none>", SourceRange());
    os << '\n';
    return;
  }
  const Expr &e = ctx.get(id);
  line(role, Expr::getKindName(e.getKind()), e.getRange());
  if (!leafAttributes(e))
    operatorAttributes(e);
  if (e.getKind() == Expr::Kind::RefType &&
      !llvm::cast<RefTypeExpr>(e).hasOrigins())
    os << " no-origins";
  os << '\n';
  Indent in(*this);
  exprChildren(e);
}

void mojo::dumpAST(const Module &module, const SourceManager &sources,
                   llvm::raw_ostream &os) {
  Dumper dumper(module.getContext(), sources, os);
  os << "Module";
  if (!module.getDocstring().empty()) {
    os << " doc=";
    dumper.quoted(module.getDocstring());
  }
  os << '\n';
  Dumper::Indent in(dumper);
  for (StmtId id : module.getBody())
    dumper.stmt(id);
}

void mojo::dumpExpr(const ASTContext &ctx, ExprId id,
                    const SourceManager &sources, llvm::raw_ostream &os) {
  Dumper(ctx, sources, os).expr(id);
}
