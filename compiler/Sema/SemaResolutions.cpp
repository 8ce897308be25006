//===- SemaResolutions.cpp - Origins and the resolution table -------------===//
//
// Every expression a body checks passes through BodyChecker::checkEntity,
// which gives the checked node its AST origin and, when the client asked
// for a ResolutionTable, records what the expression resolved to: the
// variable, field, function, struct, trait or module a name denotes, and
// the type of every value. Type annotations are recorded by
// Sema::resolveType. Nothing else in Sema needs to know about the table.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

void Sema::recordResolution(ModuleInfo *module, SourceRange range,
                            const Resolution &r) {
  const char *start = sources.getBufferStart(module->bufferId).getPointer();
  options.resolutions->record(module->bufferId, start, range, r);
}

static Resolution declOf(DeclKind kind, llvm::StringRef name,
                         SourceRange range) {
  Resolution r;
  r.declKind = kind;
  r.declName = name;
  r.declRange = range;
  return r;
}

static Resolution funcDecl(const FuncInfo *func) {
  return declOf(DeclKind::Function, func->name, func->nameRange);
}

/// The struct a type names, as a declaration, with the type.
static Resolution typeResolution(Type type) {
  Resolution r;
  if (auto *st = llvm::dyn_cast_or_null<StructType>(type)) {
    const StructInfo *info = st->getInfo();
    if (info->decl)
      r = declOf(DeclKind::Struct, info->name, info->decl->getNameRange());
  }
  if (type && !llvm::isa<ErrorType>(type))
    r.type = type;
  return r;
}

/// What a checked value names: the variable or field it reads.
static Resolution valueDecl(const FuncInstance &instance, const CExpr &value) {
  if (value.kind == CExpr::Kind::Local && value.local &&
      !value.local->isTemporaryValue) {
    bool isParam = llvm::is_contained(instance.paramLocals, value.local);
    return declOf(isParam ? DeclKind::Parameter : DeclKind::Variable,
                  value.local->name, value.local->range);
  }
  if (value.kind == CExpr::Kind::Field && !value.operands.empty())
    if (auto *st = llvm::dyn_cast<StructType>(value.operands[0]->type)) {
      const StructInfo *info = st->getInfo();
      if (value.fieldIndex < info->fields.size()) {
        const Field &field = info->fields[value.fieldIndex];
        return declOf(DeclKind::Field, field.name, field.range);
      }
    }
  return Resolution();
}

/// The declaration `e` denotes, if any.
static Resolution entityDecl(Sema &sema, const FuncInstance &instance,
                             const Entity &e) {
  switch (e.kind) {
  case Entity::Kind::Value:
    return valueDecl(instance, *e.value);
  case Entity::Kind::Type:
    return typeResolution(e.type);
  case Entity::Kind::Funcs:
  case Entity::Kind::Method:
    return funcDecl(e.funcs.front());
  case Entity::Kind::Trait:
    if (e.trait->decl)
      return declOf(DeclKind::Trait, e.trait->name,
                    e.trait->decl->getNameRange());
    return Resolution();
  case Entity::Kind::Module: {
    SourceLoc start = sema.sources.getBufferStart(e.module->bufferId);
    return declOf(DeclKind::Module, e.module->name, SourceRange(start, start));
  }
  default:
    return Resolution();
  }
}

/// `f(x)` and `obj.f(x)`: the overload the call chose, at the callee's
/// name. A constructor call `Point(x)` keeps its callee naming the struct.
static void recordCallee(BodyChecker &checker, const ast::CallExpr &call,
                         const CExpr &value) {
  if (value.kind != CExpr::Kind::Call || !value.callee)
    return;
  const FuncInfo *func = value.callee->info;
  const ast::Expr &callee = checker.ast.get(call.getCallee());
  SourceRange at;
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&callee)) {
    if (name->getName() == func->name)
      at = name->getRange();
  } else if (auto *member = llvm::dyn_cast<ast::MemberExpr>(&callee)) {
    if (member->getName() == func->name)
      at = member->getNameRange();
  }
  if (at.Start.isValid())
    checker.sema.recordResolution(checker.module, at, funcDecl(func));
}

void BodyChecker::recordEntity(ast::ExprId id, const Entity &e) {
  const ast::Expr &expr = ast.get(id);
  Resolution decl = entityDecl(sema, instance, e);
  Resolution typed;
  if (e.kind == Entity::Kind::Value && !llvm::isa<ErrorType>(e.value->type))
    typed.type = e.value->type;
  else if (e.kind == Entity::Kind::Type)
    typed.type = decl.type;
  // `base.name`: the member is declared at its name; the whole has the type
  // (a field's, at its name too).
  if (auto *member = llvm::dyn_cast<ast::MemberExpr>(&expr)) {
    if (decl.declKind == DeclKind::Field)
      decl.type = typed.type;
    if (decl.declKind != DeclKind::None)
      sema.recordResolution(module, member->getNameRange(), decl);
    if (typed.type)
      sema.recordResolution(module, expr.getRange(), typed);
    return;
  }
  if (auto *call = llvm::dyn_cast<ast::CallExpr>(&expr);
      call && e.kind == Entity::Kind::Value)
    recordCallee(*this, *call, *e.value);
  // A call's value is not the callee's declaration.
  if (llvm::isa<ast::CallExpr>(expr))
    decl = Resolution();
  decl.type = typed.type;
  if (decl.declKind != DeclKind::None || decl.type)
    sema.recordResolution(module, expr.getRange(), decl);
}

void BodyChecker::recordDeclaration(const LocalVar &local) {
  Resolution r = declOf(DeclKind::Variable, local.name, local.range);
  if (!llvm::isa<ErrorType>(local.type))
    r.type = local.type;
  sema.recordResolution(module, local.range, r);
}

void BodyChecker::noteAssignedName(ast::ExprId id, CExpr &lhs) {
  lhs.origin = id;
  if (!sema.options.resolutions)
    return;
  Resolution r = valueDecl(instance, lhs);
  if (!llvm::isa<ErrorType>(lhs.type))
    r.type = lhs.type;
  sema.recordResolution(module, ast.get(id).getRange(), r);
}

Entity BodyChecker::checkEntity(ast::ExprId id) {
  Entity e = checkEntityKind(id);
  // A Value's node, or the Error node a failed call keeps its parts in.
  if ((e.kind == Entity::Kind::Value || e.kind == Entity::Kind::Error) &&
      e.value && !e.value->origin.isValid())
    e.value->origin = id;
  if (sema.options.resolutions && e.kind != Entity::Kind::Error)
    recordEntity(id, e);
  return e;
}

Type Sema::resolveType(ModuleInfo *module, ast::ExprId id,
                       const Bindings &bindings, StructInfo *selfStruct) {
  Type type = resolveTypeExpr(module, id, bindings, selfStruct);
  if (options.resolutions && !llvm::isa<ErrorType>(type)) {
    const ast::Expr &expr = module->ast->getContext().get(id);
    recordResolution(module, expr.getRange(), typeResolution(type));
  }
  return type;
}
