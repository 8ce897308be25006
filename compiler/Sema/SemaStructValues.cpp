//===- SemaStructValues.cpp - Struct values as compile-time values --------===//
//
// `f[Point(1, 2)]()`, `struct S[p: Point]`: without a compile-time
// interpreter, a struct value is a constant only where evaluating it is
// sound without running code (docs/compiler/generics.md): a call of
// `@value`'s synthesized fieldwise constructor, whose arguments are
// constant `Int`s and `Bool`s of the fields' types. The value
// (CValue::Kind::Struct) is the type and its field values; `p.x` in a
// parameter expression reads one, and `p` as a run-time value calls the
// fieldwise constructor with the constants (BodyChecker::constantEntity).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

/// `@value`'s synthesized fieldwise constructor of `info`, if it has one.
static FuncInfo *getSynthesizedInit(StructInfo *info) {
  auto it = info->methods.find("__init__");
  if (it == info->methods.end())
    return nullptr;
  for (FuncInfo *ctor : it->second)
    if (ctor->synthesized == Synthesized::FieldwiseInit)
      return ctor;
  return nullptr;
}

std::optional<CValue> Sema::evaluateStructValue(ModuleInfo *module,
                                                ast::ExprId id,
                                                const ast::CallExpr &call,
                                                const Bindings &bindings) {
  const ast::ASTContext &ctx = module->ast->getContext();
  // Any other call runs in the interpreter. (This path also knows the
  // fields of a value built from unknown parameters, which a run cannot.)
  auto interpret = [&]() { return interpretConstant(module, id, bindings); };
  auto *name = llvm::dyn_cast<ast::NameExpr>(&ctx.get(call.getCallee()));
  Entity e = name && !bindings.count(name->getName())
                 ? lookupGlobal(module, name->getName(), SourceRange())
                 : Entity::error(call.getRange());
  auto *st = e.kind == Entity::Kind::Type
                 ? llvm::dyn_cast<StructType>(e.type)
                 : nullptr;
  if (!st || llvm::isa<ArchetypeType>(st))
    return interpret();
  StructInfo *info = st->getInfo();
  resolveFields(info);
  FuncInfo *init = getSynthesizedInit(info);
  Type intType = getHookType("Int"), boolType = getHookType("Bool");
  bool plainFields = llvm::all_of(info->fields, [&](const Field &f) {
    return f.type == intType || f.type == boolType;
  });
  if (!init || !plainFields)
    return interpret();
  if (call.getArgs().size() != info->fields.size() ||
      llvm::any_of(call.getArgs(),
                   [](const ast::Argument &a) { return a.hasKeyword(); }))
    return interpret();
  std::vector<CValue> fields;
  for (size_t i = 0; i < info->fields.size(); ++i) {
    const ast::Argument &arg = call.getArgs()[i];
    std::optional<CValue> value = evaluateConstant(module, arg.value, bindings);
    if (!value)
      return std::nullopt;
    bool isInt = info->fields[i].type == intType;
    if (isInt && value->kind == CValue::Kind::Int &&
        value->intValue.isSignedIntN(64)) {
      value->intValue = value->intValue.extOrTrunc(64);
      value->type = intType;
    } else if (!(value->kind == CValue::Kind::Bool && !isInt) &&
               !(value->kind == CValue::Kind::Unknown &&
                 value->type == info->fields[i].type)) {
      std::string found =
          value->kind == CValue::Kind::Bool     ? "Bool"
          : value->kind == CValue::Kind::String ? "StringLiteral"
          : value->kind == CValue::Kind::Int && !value->type
              ? "IntLiteral"
          : value->type ? getTypeName(value->type)
                        : value->str();
      diags.report(ctx.get(arg.value).getRange(), DiagID::err_cannot_convert)
          << found << getTypeName(info->fields[i].type);
      return std::nullopt;
    }
    fields.push_back(std::move(*value));
  }
  return CValue::ofStruct(info->type, std::move(fields));
}

std::optional<CValue> Sema::evaluateStructField(const CValue &value,
                                                llvm::StringRef name,
                                                SourceRange range) {
  StructInfo *info = llvm::cast<StructType>(value.type)->getInfo();
  for (size_t i = 0; i < info->fields.size() && i < value.fields.size(); ++i)
    if (info->fields[i].name == name)
      return value.fields[i];
  diags.report(range, DiagID::err_no_member) << info->name << name;
  return std::nullopt;
}

CExprPtr BodyChecker::materializeStruct(const CValue &value,
                                        SourceRange range) {
  StructInfo *info = llvm::cast<StructType>(value.type)->getInfo();
  std::vector<CExprPtr> args;
  for (const CValue &field : value.fields) {
    Entity e = constantEntity(field, range);
    if (e.kind != Entity::Kind::Value || !e.value)
      return nullptr; // Reported.
    args.push_back(std::move(e.value));
  }
  FuncInfo *init = getSynthesizedInit(info);
  if (!init) {
    // A value the interpreter computed is its fields' bits: it is put
    // together again as they are, not constructed.
    auto whole = makeExpr(CExpr::Kind::Tuple, value.type, range);
    whole->operands = std::move(args);
    return whole;
  }
  std::vector<llvm::StringRef> keywords(args.size());
  CExprPtr self;
  FuncInfo *ctors[] = {init};
  return resolveCall(ctors, self, args, keywords, nullptr, range, info->name,
                     /*quiet=*/false);
}
