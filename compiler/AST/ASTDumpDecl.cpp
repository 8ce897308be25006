//===- ASTDumpDecl.cpp - Printing statements and declarations -------------===//
#include "compiler/AST/ASTDumperImpl.h"

using namespace mojo;
using namespace mojo::ast;

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

void Dumper::stmt(StmtId id) {
  const Stmt &s = ctx.get(id);
  if (auto *declStmt = llvm::dyn_cast<DeclStmt>(&s))
    return decl(declStmt->getDecl());
  switch (s.getKind()) {
  case Stmt::Kind::If:
  case Stmt::Kind::While:
  case Stmt::Kind::For:
  case Stmt::Kind::Try:
  case Stmt::Kind::With:
    return compoundStmt(s);
  default:
    return simpleStmt(s);
  }
}

void Dumper::simpleStmt(const Stmt &s) {
  line("", Stmt::getKindName(s.getKind()), s.getRange());
  if (auto *aug = llvm::dyn_cast<AugAssignStmt>(&s))
    os << " '" << getSpelling(aug->getOp()) << "='";
  os << '\n';
  Indent in(*this);
  switch (s.getKind()) {
  case Stmt::Kind::Expr:
    return expr(llvm::cast<ExprStmt>(s).getExpr());
  case Stmt::Kind::Assign:
    for (ExprId target : llvm::cast<AssignStmt>(s).getTargets())
      expr(target, "target");
    return expr(llvm::cast<AssignStmt>(s).getValue(), "value");
  case Stmt::Kind::AugAssign:
    expr(llvm::cast<AugAssignStmt>(s).getTarget(), "target");
    return expr(llvm::cast<AugAssignStmt>(s).getValue(), "value");
  case Stmt::Kind::Var:
    for (DeclId var : llvm::cast<VarStmt>(s).getVars())
      decl(var);
    return optional(llvm::cast<VarStmt>(s).getInit(), "init");
  case Stmt::Kind::Return:
    return optional(llvm::cast<ReturnStmt>(s).getValue(), "value");
  case Stmt::Kind::Raise:
    return optional(llvm::cast<RaiseStmt>(s).getValue(), "value");
  default:
    return; // pass, ..., break, continue, error
  }
}

void Dumper::compoundStmt(const Stmt &s) {
  if (auto *ifStmt = llvm::dyn_cast<IfStmt>(&s))
    return this->ifStmt(*ifStmt);
  if (auto *tryStmt = llvm::dyn_cast<TryStmt>(&s))
    return this->tryStmt(*tryStmt);
  line("", Stmt::getKindName(s.getKind()), s.getRange());
  if (auto *forStmt = llvm::dyn_cast<ForStmt>(&s); forStmt &&
                                                  forStmt->isParameter())
    os << " parameter";
  os << '\n';
  Indent in(*this);
  if (auto *loop = llvm::dyn_cast<WhileStmt>(&s)) {
    expr(loop->getCondition(), "cond");
    block("Block", loop->getBody());
    if (loop->hasElse())
      block("Else", loop->getElse());
  } else if (auto *loop = llvm::dyn_cast<ForStmt>(&s)) {
    expr(loop->getTarget(), "target");
    expr(loop->getIterable(), "iterable");
    block("Block", loop->getBody());
    if (loop->hasElse())
      block("Else", loop->getElse());
  } else if (auto *with = llvm::dyn_cast<WithStmt>(&s)) {
    for (const WithItem &item : with->getItems()) {
      line("", "WithItem", item.range) << '\n';
      Indent itemIn(*this);
      expr(item.context);
      optional(item.target, "as");
    }
    block("Block", with->getBody());
  }
}

void Dumper::ifStmt(const IfStmt &s) {
  line("", "IfStmt", s.getRange());
  if (s.isParameter())
    os << " parameter";
  os << '\n';
  Indent in(*this);
  bool first = true;
  for (const IfClause &clause : s.getClauses()) {
    line("", first ? "If" : "Elif", clause.range) << '\n';
    first = false;
    Indent clauseIn(*this);
    expr(clause.condition, "cond");
    block("Block", clause.body);
  }
  if (s.hasElse())
    block("Else", s.getElse());
}

void Dumper::tryStmt(const TryStmt &s) {
  line("", "TryStmt", s.getRange()) << '\n';
  Indent in(*this);
  block("Block", s.getBody());
  if (s.hasExcept()) {
    const ExceptClause &handler = s.getExcept();
    line("", "Except", handler.range);
    if (!handler.name.empty())
      os << ' ' << handler.name;
    os << '\n';
    Indent handlerIn(*this);
    block("Block", handler.body);
  }
  if (s.hasElse())
    block("Else", s.getElse());
  if (s.hasFinally())
    block("Finally", s.getFinally());
}

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

void Dumper::decl(DeclId id) {
  const Decl &d = ctx.get(id);
  switch (d.getKind()) {
  case Decl::Kind::Func:
    return funcDecl(llvm::cast<FuncDecl>(d));
  case Decl::Kind::Struct:
  case Decl::Kind::Trait:
    return typeDecl(d);
  case Decl::Kind::Param:
    return paramDecl(llvm::cast<ParamDecl>(d));
  case Decl::Kind::Import:
  case Decl::Kind::FromImport:
    return importDecl(d);
  case Decl::Kind::Var: {
    const auto &var = llvm::cast<VarDecl>(d);
    line("", "VarDecl", d.getRange()) << ' ' << d.getName();
    os << (var.isField() ? " field\n" : "\n");
    Indent in(*this);
    return optional(var.getType(), "type");
  }
  case Decl::Kind::Alias: {
    const auto &alias = llvm::cast<AliasDecl>(d);
    line("", "AliasDecl", d.getRange()) << ' ' << d.getName() << '\n';
    Indent in(*this);
    optional(alias.getType(), "type");
    return optional(alias.getValue(), "value");
  }
  }
}

void Dumper::docstring(llvm::StringRef text) {
  if (text.empty())
    return;
  os << " doc=";
  quoted(text);
}

void Dumper::decorators(llvm::ArrayRef<Decorator> list) {
  for (const Decorator &d : list) {
    line("", "Decorator", d.range) << ' ' << d.name;
    os << (d.hasArgs ? " ()\n" : "\n");
    Indent in(*this);
    args(d.args);
  }
}

void Dumper::params(llvm::StringRef name, llvm::ArrayRef<DeclId> list) {
  label(name);
  Indent in(*this);
  for (DeclId param : list)
    decl(param);
}

/// `ParamList [] // at 1` etc.: the brackets, then where markers were.
void Dumper::paramList(llvm::StringRef name, const ParamList &list) {
  os.indent(depth * 2) << name;
  auto marker = [&](const char *spelling, uint32_t at) {
    if (at != ParamList::kNoMarker)
      os << ' ' << spelling << '@' << at;
  };
  marker("//", list.inferOnlyEnd);
  marker("/", list.positionalOnlyEnd);
  marker("*", list.bareStar);
  os << '\n';
  Indent in(*this);
  for (DeclId param : list.params)
    decl(param);
}

void Dumper::funcDecl(const FuncDecl &f) {
  line("", "FuncDecl", f.getRange()) << (f.isDef() ? " def " : " fn ")
                                     << f.getName();
  if (f.isAsync())
    os << " async";
  effects(f.getEffects());
  if (f.isStub())
    os << " stub";
  if (!f.getResultName().empty())
    os << " result-name=" << f.getResultName();
  docstring(f.getDocstring());
  os << '\n';
  Indent in(*this);
  decorators(f.getDecorators());
  if (f.getParams().present)
    paramList("ParamList []", f.getParams());
  paramList("ParamList ()", f.getArgs());
  for (ExprId origin : f.getEffects().captureOrigins)
    expr(origin, "captures");
  optional(f.getResult(), "result");
  block("Block", f.getBody());
}

void Dumper::typeDecl(const Decl &d) {
  auto *s = llvm::dyn_cast<StructDecl>(&d);
  auto *t = llvm::dyn_cast<TraitDecl>(&d);
  line("", Decl::getKindName(d.getKind()), d.getRange()) << ' '
                                                          << d.getName();
  docstring(s ? s->getDocstring() : t->getDocstring());
  os << '\n';
  Indent in(*this);
  decorators(s ? s->getDecorators() : t->getDecorators());
  if (s && s->getParams().present)
    paramList("ParamList []", s->getParams());
  for (ExprId trait : s ? s->getTraits() : t->getParents())
    expr(trait, "trait");
  for (DeclId member : s ? s->getMembers() : t->getMembers())
    decl(member);
}

void Dumper::paramDecl(const ParamDecl &p) {
  line("", "ParamDecl", p.getRange());
  if (p.isVariadic())
    os << " *";
  if (p.isKwVariadic())
    os << " **";
  os << ' ' << (p.getName().empty() ? "<unnamed>" : p.getName());
  if (p.getConvention() != Convention::Default)
    os << ' ' << getSpelling(p.getConvention());
  if (p.getParamKind() != ParamKind::PositionalOrKeyword)
    os << ' ' << getSpelling(p.getParamKind());
  os << '\n';
  Indent in(*this);
  for (ExprId origin : p.getRefOrigins())
    expr(origin, "origin");
  optional(p.getType(), "type");
  optional(p.getDefault(), "default");
}

static void printPath(llvm::raw_ostream &os,
                      llvm::ArrayRef<llvm::StringRef> path) {
  llvm::interleave(path, os, ".");
}

void Dumper::importDecl(const Decl &d) {
  line("", Decl::getKindName(d.getKind()), d.getRange());
  auto printAs = [&](llvm::StringRef as) {
    if (!as.empty())
      os << " as " << as;
  };
  if (auto *import = llvm::dyn_cast<ImportDecl>(&d)) {
    for (const ImportedModule &m : import->getModules()) {
      os << (&m == import->getModules().begin() ? " " : ", ");
      printPath(os, m.path);
      printAs(m.asName);
    }
    os << '\n';
    return;
  }
  const auto &from = llvm::cast<FromImportDecl>(d);
  os << ' ' << std::string(from.getLevel(), '.');
  printPath(os, from.getPath());
  os << " import";
  if (from.isWildcard())
    os << " *";
  for (const ImportedName &n : from.getNames()) {
    os << (&n == from.getNames().begin() ? " " : ", ") << n.name;
    printAs(n.asName);
  }
  os << '\n';
}
