//===- SemaExpr.cpp - Expressions -----------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

#include "llvm/Support/FormatVariadic.h"

using namespace mojo;
using namespace mojo::sema;

/// A value of the error type is an error already reported (a variable
/// whose declaration failed, a call of a function whose signature did):
/// it becomes an Error entity, which silences every later diagnostic.
Entity BodyChecker::valueEntity(CExprPtr value) {
  Entity e;
  if (!value || llvm::isa<ErrorType>(value->type))
    return e;
  e.kind = Entity::Kind::Value;
  e.range = value->range;
  e.value = std::move(value);
  return e;
}

static const char *describeEntity(Entity::Kind kind) {
  switch (kind) {
  case Entity::Kind::Type:
  case Entity::Kind::GenericStruct: return "a type";
  case Entity::Kind::Funcs:
  case Entity::Kind::GenericMethod: return "a function";
  case Entity::Kind::Method: return "a method";
  case Entity::Kind::Module: return "a module";
  case Entity::Kind::Trait: return "a trait";
  default: return "this expression";
  }
}

CExprPtr BodyChecker::checkValue(ast::ExprId id) {
  Entity e = checkEntity(id);
  // What a nested check left is stale now: it was taken or dropped.
  failure.reset();
  if (e.kind == Entity::Kind::Value && e.value) {
    // A parametric closure is a compile-time value only: each instance is
    // a function, the closure itself is not (`body[4]` is).
    auto *fn = llvm::dyn_cast<FunctionType>(e.value->type);
    if (fn && fn->isParametric()) {
      reportParametricValue(*e.value, e.range);
      return nullptr;
    }
  }
  if (e.kind == Entity::Kind::Value)
    return std::move(e.value);
  if (e.kind == Entity::Kind::Funcs)
    return functionValue(e, e.range);
  if (e.kind == Entity::Kind::Error) {
    // A failed call's Error node, for takeFailure (SemaErrorNodes.cpp).
    failure = std::move(e.value);
    return nullptr;
  }
  diags.report(ast.get(id).getRange(), DiagID::err_expected_value)
      << describeEntity(e.kind);
  return nullptr;
}

CExprPtr BodyChecker::checkValueAs(ast::ExprId id, Type type) {
  // A tuple literal converts element by element (`return 1, x`).
  auto *literal = llvm::dyn_cast<ast::TupleExpr>(&ast.get(id));
  if (literal && llvm::isa<TupleType>(type)) {
    CExprPtr tuple = checkTupleLiteral(*literal, llvm::cast<TupleType>(type));
    if (tuple)
      tuple->origin = id;
    return convert(std::move(tuple), type, literal->getRange());
  }
  // A list display takes its element type from the expected `List`
  // (`var l: List[Int] = []`).
  if (auto *display = llvm::dyn_cast<ast::ListDisplayExpr>(&ast.get(id))) {
    CExprPtr list = checkListDisplay(*display, type);
    if (list)
      list->origin = id;
    return convert(std::move(list), type, display->getRange());
  }
  CExprPtr value = checkValue(id);
  if (!value)
    return nullptr;
  return convert(std::move(value), type, ast.get(id).getRange());
}

Entity BodyChecker::checkEntityKind(ast::ExprId id) {
  const ast::Expr &expr = ast.get(id);
  SourceRange range = expr.getRange();
  switch (expr.getKind()) {
  case ast::Expr::Kind::IntegerLiteral: {
    auto e = makeExpr(CExpr::Kind::IntConst, sema.getHookType("IntLiteral"),
                      range);
    e->intValue = getLiteralValue(llvm::cast<ast::IntegerLiteralExpr>(expr));
    return valueEntity(std::move(e));
  }
  case ast::Expr::Kind::StringLiteral: {
    auto e = makeExpr(CExpr::Kind::StringConst,
                      sema.getHookType("StringLiteral"), range);
    e->text = llvm::cast<ast::StringLiteralExpr>(expr).getValue().str();
    return valueEntity(std::move(e));
  }
  case ast::Expr::Kind::BoolLiteral: {
    auto e = makeExpr(CExpr::Kind::MLIRConst, types.getMLIRType("i1"), range);
    e->text = llvm::cast<ast::BoolLiteralExpr>(expr).getValue() ? "true"
                                                                 : "false";
    return valueEntity(makeBool(std::move(e)));
  }
  case ast::Expr::Kind::NoneLiteral:
    return valueEntity(makeExpr(CExpr::Kind::None, types.getNoneType(), range));
  case ast::Expr::Kind::Name:
    return checkName(llvm::cast<ast::NameExpr>(expr));
  case ast::Expr::Kind::Member:
    return checkMember(llvm::cast<ast::MemberExpr>(expr));
  case ast::Expr::Kind::Subscript:
    return checkSubscript(llvm::cast<ast::SubscriptExpr>(expr));
  case ast::Expr::Kind::Call:
    return checkCall(llvm::cast<ast::CallExpr>(expr));
  case ast::Expr::Kind::Binary:
    return valueEntity(checkBinary(llvm::cast<ast::BinaryExpr>(expr)));
  case ast::Expr::Kind::Unary:
    return valueEntity(checkUnary(llvm::cast<ast::UnaryExpr>(expr)));
  case ast::Expr::Kind::Compare:
    return valueEntity(checkCompare(llvm::cast<ast::CompareExpr>(expr)));
  case ast::Expr::Kind::BoolOp:
    return valueEntity(checkBoolOp(llvm::cast<ast::BoolOpExpr>(expr)));
  case ast::Expr::Kind::Not: {
    CExprPtr operand =
        checkValue(llvm::cast<ast::NotExpr>(expr).getOperand());
    if (!operand)
      return Entity::error(range);
    auto e = makeExpr(CExpr::Kind::Not, types.getMLIRType("i1"), range);
    e->operands.push_back(makeCondition(std::move(operand)));
    if (!e->operands.back())
      return Entity::error(range);
    return valueEntity(makeBool(std::move(e)));
  }
  case ast::Expr::Kind::Ternary:
    return valueEntity(checkTernary(llvm::cast<ast::TernaryExpr>(expr)));
  case ast::Expr::Kind::Walrus:
    return valueEntity(checkWalrus(llvm::cast<ast::WalrusExpr>(expr)));
  case ast::Expr::Kind::Transfer:
    return valueEntity(checkTransfer(llvm::cast<ast::TransferExpr>(expr)));
  case ast::Expr::Kind::Tuple:
    return valueEntity(
        checkTupleLiteral(llvm::cast<ast::TupleExpr>(expr), nullptr));
  case ast::Expr::Kind::ListDisplay:
    return valueEntity(
        checkListDisplay(llvm::cast<ast::ListDisplayExpr>(expr), nullptr));
  case ast::Expr::Kind::Slice:
    return valueEntity(checkSlice(llvm::cast<ast::SliceExpr>(expr)));
  case ast::Expr::Kind::Error:
    return Entity::error(range);
  case ast::Expr::Kind::FloatLiteral: {
    // The hook: an `f64` constant, wrapped by `FloatLiteral`'s implicit
    // constructor (as `True` is by `Bool`'s). Seventeen significant digits
    // give the double back exactly.
    double value = llvm::cast<ast::FloatLiteralExpr>(expr).getValue();
    auto e = makeExpr(CExpr::Kind::MLIRConst, types.getMLIRType("f64"), range);
    e->text = llvm::formatv("{0:e16}", value).str();
    return valueEntity(
        convert(std::move(e), sema.getHookType("FloatLiteral"), range));
  }
  default:
    diags.report(range, DiagID::err_not_yet_implemented)
        << (ast::Expr::getKindName(expr.getKind()) + " expressions").str();
    return Entity::error(range);
  }
}

Entity BodyChecker::checkName(const ast::NameExpr &expr) {
  llvm::StringRef name = expr.getName();
  SourceRange range = expr.getRange();
  if (LocalVar *local = lookupLocal(name)) {
    checkInitialized(local, range);
    if (local == instance.resultLocal && local && !checkingAssignTarget) {
      for (LocalVar *field : resultFields)
        if (uninitialized.count(field)) {
          diags.report(range, DiagID::err_self_incomplete)
              << local->name << field->name;
          break;
        }
    }
    auto e = makeExpr(CExpr::Kind::Local, local->type, range);
    e->local = local;
    return valueEntity(std::move(e));
  }
  if (const CValue *value = lookupBinding(name))
    return constantEntity(*value, range);
  if (isLocalAlias(name)) // Its value failed to check, and was reported.
    return Entity::error(range);
  if (name == "Self" && func.owner) {
    Entity e;
    e.kind = Entity::Kind::Type;
    e.type = func.owner->type;
    e.range = range;
    return e;
  }
  if (name == "__mlir_type" || name == "__mlir_op" || name == "__mlir_attr") {
    Entity e;
    e.range = range;
    e.kind = name == "__mlir_type" ? Entity::Kind::MLIRTypeNS
             : name == "__mlir_op" ? Entity::Kind::MLIROpNS
                                   : Entity::Kind::MLIRAttrNS;
    return e;
  }
  // LANGUAGE.md §4: a nested `fn` does not see itself.
  if (enclosing && name == func.name && enclosing->isLocalAlias(name)) {
    diags.report(range, DiagID::err_nested_recursive) << name;
    return Entity::error(range);
  }
  Entity e = sema.lookupGlobal(module, name, range);
  if (e.notFound)
    reportUndeclaredName(name, range);
  return resolveAlias(std::move(e));
}

Entity BodyChecker::resolveAlias(Entity e) {
  if (e.kind != Entity::Kind::Alias)
    return e;
  std::optional<CValue> value = sema.evaluateAlias(e.aliasModule, e.alias);
  return value ? constantEntity(*value, e.range) : Entity::error(e.range);
}

CExprPtr BodyChecker::constantAddress(ConstantAddress address,
                                      SourceRange range) {
  auto c = makeExpr(CExpr::Kind::ConstAddress,
                    types.getMLIRType("!llvm.ptr"), range);
  c->fieldIndex = address.block;
  c->intValue = llvm::APSInt(llvm::APInt(64, address.offset), true);
  return c;
}

Entity BodyChecker::constantEntity(const CValue &value, SourceRange range) {
  switch (value.kind) {
  case CValue::Kind::Type: {
    if (llvm::isa<ErrorType>(value.type))
      return Entity::error(range);
    Entity e;
    e.kind = Entity::Kind::Type;
    e.type = value.type;
    e.range = range;
    return e;
  }
  case CValue::Kind::Int: {
    auto c = makeExpr(CExpr::Kind::IntConst,
                      value.type ? value.type : sema.getHookType("IntLiteral"),
                      range);
    c->intValue = value.intValue;
    return valueEntity(std::move(c));
  }
  case CValue::Kind::Bool: {
    auto c = makeExpr(CExpr::Kind::MLIRConst, types.getMLIRType("i1"), range);
    c->text = value.boolValue ? "true" : "false";
    return valueEntity(makeBool(std::move(c)));
  }
  case CValue::Kind::Func:
    return valueEntity(makeFuncRef(value.func, value.type, range));
  case CValue::Kind::Struct:
    if (value.address.block) {
      // It owns memory: each use is a copy of the bytes the constant
      // keeps, which the program never owns and never frees.
      auto bytes = makeExpr(CExpr::Kind::Deref, value.type, range);
      bytes->operands.push_back(constantAddress(value.address, range));
      return valueEntity(ownedValue(std::move(bytes)));
    }
    // Built again by its fieldwise constructor.
    return valueEntity(materializeStruct(value, range));
  case CValue::Kind::Address:
    return valueEntity(constantAddress(value.address, range));
  case CValue::Kind::MLIR: {
    auto c = makeExpr(CExpr::Kind::MLIRConst, value.type, range);
    c->text = value.stringValue;
    return valueEntity(std::move(c));
  }
  case CValue::Kind::Unknown: {
    // Only in a generic body checked against its bounds: a parameter's
    // value, which substitution replaces; one computed from parameters,
    // which substitution computes by the expression it keeps; or one
    // computed otherwise, which only checking the AST again can compute.
    if (value.symbolic) {
      auto p = makeExpr(CExpr::Kind::Parameter, value.type, range);
      p->operands.push_back(copyExpr(*value.symbolic->expr));
      return valueEntity(std::move(p));
    }
    if (!value.parameter) {
      instance.substitutable = false;
      return valueEntity(makeExpr(CExpr::Kind::None, value.type, range));
    }
    auto p = makeExpr(CExpr::Kind::Parameter, value.type, range);
    p->fieldIndex = value.parameter - 1;
    return valueEntity(std::move(p));
  }
  case CValue::Kind::String: {
    auto c = makeExpr(CExpr::Kind::StringConst,
                      sema.getHookType("StringLiteral"), range);
    c->text = value.stringValue;
    return valueEntity(std::move(c));
  }
  case CValue::Kind::List:
    diags.report(range, DiagID::err_not_yet_implemented)
        << "a variadic argument or parameter as a whole value (index it, or "
           "take its "
           "`len`)";
    return Entity::error(range);
  default:
    diags.report(range, DiagID::err_not_yet_implemented)
        << "this kind of compile-time value";
    return Entity::error(range);
  }
}

Entity BodyChecker::checkMember(const ast::MemberExpr &expr) {
  SourceRange range = expr.getRange();
  llvm::StringRef name = expr.getName();
  // `self.f` in a constructor reads one field, not the partly built whole
  // (likewise `r.f` of a named result `r`).
  bool baseIsSelf = false;
  if (auto *n = llvm::dyn_cast<ast::NameExpr>(&ast.get(expr.getBase())))
    baseIsSelf = instance.resultLocal && n->getName() == instance.resultName &&
                 lookupLocal(n->getName()) == instance.resultLocal;
  bool savedTarget = checkingAssignTarget;
  checkingAssignTarget = savedTarget || baseIsSelf;
  Entity base = checkEntity(expr.getBase());
  checkingAssignTarget = savedTarget;
  Entity e;
  e.range = range;
  switch (base.kind) {
  case Entity::Kind::Error:
    return e;
  case Entity::Kind::MLIRTypeNS:
    e.kind = Entity::Kind::Type;
    e.type = types.getMLIRType(name, expr.getNameRange());
    return e;
  case Entity::Kind::MLIROpNS:
    e.kind = Entity::Kind::MLIROp;
    e.text = name.str();
    e.resultType = types.getNoneType();
    return e;
  case Entity::Kind::MLIRAttrNS:
    e.kind = Entity::Kind::MLIRAttr;
    e.text = name.str();
    return e;
  case Entity::Kind::Module: {
    e = sema.lookupMember(base.module, name, range);
    if (e.notFound)
      sema.reportNoModuleMember(expr.getNameRange(), base.module, name);
    return resolveAlias(std::move(e));
  }
  case Entity::Kind::GenericStruct: {
    // A static method infers the parameters from its arguments when
    // called; nothing else of an unbound struct has a meaning.
    const ast::ASTContext &ctx = base.generic->module->ast->getContext();
    for (ast::DeclId id : base.generic->decl->getMembers()) {
      auto *method = llvm::dyn_cast<ast::FuncDecl>(&ctx.get(id));
      if (method && method->getName() == name &&
          method->findDecorator("staticmethod")) {
        e.kind = Entity::Kind::GenericMethod;
        e.generic = base.generic;
        e.text = name.str();
        e.explicitParams = std::move(base.explicitParams);
        e.hasExplicitParams = base.hasExplicitParams;
        return e;
      }
    }
    diags.report(expr.getNameRange(), DiagID::err_unbound_struct_member)
        << base.generic->name << name;
    return e;
  }
  case Entity::Kind::Type: {
    auto *st = llvm::dyn_cast<StructType>(base.type);
    if (st) {
      // An associated alias of an archetype (`T.N`): a value of the
      // declared type, not known until the body is instantiated.
      auto *archetype = llvm::dyn_cast<ArchetypeType>(st);
      if (archetype && st->getInfo()->aliases.count(name)) {
        Type type = sema.getAssociatedAliasType(archetype, name);
        if (!type || llvm::isa<ErrorType>(type))
          return e;
        instance.substitutable = false;
        return valueEntity(makeExpr(CExpr::Kind::None, type, range));
      }
      auto it = st->getInfo()->methods.find(name);
      if (it != st->getInfo()->methods.end()) {
        e.kind = Entity::Kind::Funcs;
        e.funcs = it->second;
        return e;
      }
      if (const ast::AliasDecl *alias =
              sema.findStructAlias(st->getInfo(), name)) {
        std::optional<CValue> value = sema.evaluateAlias(
            st->getInfo()->module, alias, st->getInfo()->paramValues);
        if (!value)
          return e;
        return constantEntity(*value, range);
      }
      // `Self.n`, `Op[double].f`: a parameter of the struct's instance.
      auto param = st->getInfo()->paramValues.find(name);
      if (param != st->getInfo()->paramValues.end())
        return constantEntity(param->second, range);
    }
    if (st)
      sema.reportNoStructMember(expr.getNameRange(), st->getInfo(), name,
                                /*withFields=*/false);
    else
      diags.report(expr.getNameRange(), DiagID::err_no_member)
          << getTypeName(base.type) << name;
    return e;
  }
  case Entity::Kind::Value: {
    Type type = base.value->type;
    // `None` is bits the compiler knows, with the methods of the
    // prelude's `_NoneTypeMethods` (`write_to`, `__str__`, ...), which it
    // converts to as their receiver.
    if (llvm::isa<NoneType>(type)) {
      Type methods = sema.getHookType("_NoneTypeMethods");
      auto *st = llvm::dyn_cast<StructType>(methods);
      if (!st || !st->getInfo()->methods.count(name)) {
        diags.report(expr.getNameRange(), DiagID::err_no_member)
            << "NoneType" << name;
        return e;
      }
      base.value = convert(std::move(base.value), methods, range);
      if (!base.value)
        return e;
      type = methods;
    }
    if (auto *pack = llvm::dyn_cast<PackType>(type)) {
      (void)pack;
      break;
    }
    if (auto *st = llvm::dyn_cast<StructType>(type)) {
      StructInfo *info = st->getInfo();
      sema.resolveFields(info);
      for (unsigned i = 0; i < info->fields.size(); ++i) {
        if (info->fields[i].name != name)
          continue;
        if (baseIsSelf && !checkingAssignTarget && i < resultFields.size())
          checkInitialized(resultFields[i], range);
        auto field = makeExpr(CExpr::Kind::Field, info->fields[i].type, range);
        field->fieldIndex = i;
        field->operands.push_back(borrowedValue(std::move(base.value)));
        return valueEntity(std::move(field));
      }
      // `v.size`: an `alias` member read through a value.
      if (const ast::AliasDecl *alias = sema.findStructAlias(info, name)) {
        std::optional<CValue> value =
            sema.evaluateAlias(info->module, alias, info->paramValues);
        if (!value)
          return e;
        return constantEntity(*value, range);
      }
      // `m.rows`: a parameter of the value's struct instance.
      auto param = info->paramValues.find(name);
      if (param != info->paramValues.end())
        return constantEntity(param->second, range);
      auto it = info->methods.find(name);
      if (it != info->methods.end()) {
        if (baseIsSelf) // A method sees the whole `self`.
          for (LocalVar *field : resultFields)
            if (uninitialized.count(field)) {
              diags.report(range, DiagID::err_self_incomplete)
                  << instance.resultName << field->name;
              break;
            }
        e.kind = Entity::Kind::Method;
        e.funcs = it->second;
        e.value = std::move(base.value);
        return e;
      }
    }
    if (auto *st = llvm::dyn_cast<StructType>(type))
      sema.reportNoStructMember(expr.getNameRange(), st->getInfo(), name,
                                /*withFields=*/true);
    else
      diags.report(expr.getNameRange(), DiagID::err_no_member)
          << getTypeName(type) << name;
    return e;
  }
  default:
    break;
  }
  diags.report(expr.getNameRange(), DiagID::err_not_yet_implemented)
      << ("member `" + name + "` of this kind of expression").str();
  return e;
}

/// `__mlir_op.X[attr = value, _type = T]`, `__mlir_type[...]` and
/// `__mlir_attr[...]` splices, `pack[i]`, `f[params]`.
Entity BodyChecker::checkSubscript(const ast::SubscriptExpr &expr) {
  SourceRange range = expr.getRange();
  // A variadic argument or parameter indexed by a compile-time integer.
  if (std::optional<Entity> element = checkVariadicSubscript(expr))
    return std::move(*element);
  // `Scalar[DType.int8]`: the rest of a partly bound struct's parameters.
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&ast.get(expr.getBase())))
    if (!lookupLocal(name->getName()) && !bindings.count(name->getName()))
      if (std::optional<Sema::PartialAlias> partial =
              sema.getPartialAlias(module, *name)) {
        StructInfo *info = sema.bindPartialAlias(
            *partial, expr.getIndices(), module, bindings, range);
        return info ? Entity::ofType(info->type, range)
                    : Entity::error(range);
      }
  Entity base = checkEntity(expr.getBase());
  if (base.kind == Entity::Kind::Error) {
    // Checked all the same: their own mistakes are reported, and what
    // they name is resolved.
    for (const ast::Argument &arg : expr.getIndices())
      (void)checkEntity(arg.value);
    return base;
  }
  // `body[4]`: an instance of a parametric closure.
  if (base.kind == Entity::Kind::Value && base.value &&
      llvm::isa<FunctionType>(base.value->type))
    if (std::optional<Entity> e = subscriptFunctionValue(*base.value, expr))
      return std::move(*e);
  if (base.kind == Entity::Kind::MLIROp) {
    for (const ast::Argument &arg : expr.getIndices()) {
      if (!arg.hasKeyword()) {
        diags.report(arg.range, DiagID::err_not_yet_implemented)
            << "positional `__mlir_op` parameters";
        continue;
      }
      if (arg.keyword == "_type") {
        base.resultType = sema.resolveType(module, arg.value, bindings,
                                           func.owner);
        continue;
      }
      Entity attr = checkEntity(arg.value);
      if (attr.kind == Entity::Kind::MLIRAttr)
        base.attributes.emplace_back(arg.keyword.str(), attr.text);
      else if (attr.kind != Entity::Kind::Error)
        diags.report(arg.range, DiagID::err_not_yet_implemented)
            << "`__mlir_op` attributes other than `__mlir_attr.X`";
    }
    base.range = range;
    return base;
  }
  if (base.kind == Entity::Kind::MLIRTypeNS) {
    Entity e;
    e.kind = Entity::Kind::Type;
    e.type = sema.resolveMLIRTypeSplice(module, expr, bindings, func.owner);
    e.range = range;
    if (llvm::isa<ErrorType>(e.type))
      return Entity::error(range);
    return e;
  }
  if (base.kind == Entity::Kind::MLIRAttrNS) {
    std::optional<Sema::MLIRSplice> splice = sema.evaluateMLIRSplice(
        module, expr, "__mlir_attr", bindings, func.owner);
    if (!splice)
      return Entity::error(range);
    // Spelled with a parameter it does not know: only the AST can spell
    // it for an instance.
    if (splice->symbolic)
      instance.substitutable = false;
    Entity e;
    e.kind = Entity::Kind::MLIRAttr;
    e.text = std::move(splice->spelling);
    e.range = range;
    return e;
  }
  if (base.kind == Entity::Kind::GenericStruct) {
    std::vector<CValue> partial;
    StructInfo *info = sema.bindStructParams(
        base.generic, expr.getIndices(), module, bindings, range, &partial);
    if (!info && !partial.empty()) {
      // The rest is inferred when it is called (`Tagged[tag=7](True)`).
      base.explicitParams = std::move(partial);
      base.hasExplicitParams = true;
      base.range = range;
      return base;
    }
    if (!info)
      return Entity::error(range);
    return Entity::ofType(info->type, range);
  }
  if (base.kind == Entity::Kind::Type && sema.isTupleHook(base.type)) {
    // `Tuple[A, B]`: the hook's elements are types, not parameters.
    Entity e;
    e.range = range;
    e.type = sema.resolveTupleType(module, expr, bindings, func.owner);
    if (e.type && !llvm::isa<ErrorType>(e.type))
      e.kind = Entity::Kind::Type;
    return e;
  }
  if (base.kind == Entity::Kind::Type) {
    diags.report(range, DiagID::err_struct_not_parametric)
        << getTypeName(base.type);
    return Entity::error(range);
  }
  // `f[...]`, and `value.method[...]` (a method bound to its receiver).
  if (base.kind == Entity::Kind::Funcs ||
      base.kind == Entity::Kind::Method) {
    // Evaluated once here, not per candidate, so a parameter that fails
    // is reported once.
    for (const ast::Argument &arg : expr.getIndices()) {
      base.explicitKeywords.push_back(arg.keyword);
      if (denotesFunction(arg.value)) {
        base.explicitParams.emplace_back();
        base.explicitFunctions.push_back(arg.value);
        continue;
      }
      std::optional<CValue> value = evaluateParameter(arg.value);
      if (!value)
        return Entity::error(range);
      base.explicitParams.push_back(std::move(*value));
      base.explicitFunctions.emplace_back();
    }
    base.hasExplicitParams = true;
    base.range = range;
    return base;
  }
  if (base.kind == Entity::Kind::Value &&
      llvm::isa<TupleType>(base.value->type))
    return checkTupleIndex(std::move(base.value), expr);
  if (base.kind == Entity::Kind::Value) {
    std::vector<CExprPtr> args;
    for (const ast::Argument &arg : expr.getIndices())
      if (CExprPtr v = checkValue(arg.value))
        args.push_back(std::move(v));
      else
        return Entity::error(range);
    std::string typeName = getTypeName(base.value->type);
    // A type with `__getitem__`s none of which takes these indices (a
    // slice, a string) gets its candidates listed, not "no member".
    auto *st = llvm::dyn_cast<StructType>(base.value->type);
    auto getItems = st ? st->getInfo()->methods.find("__getitem__")
                       : decltype(st->getInfo()->methods.end())();
    if (!st || getItems == st->getInfo()->methods.end()) {
      diags.report(range, DiagID::err_no_member) << typeName << "__getitem__";
      return Entity::error(range);
    }
    std::vector<llvm::StringRef> keywords(args.size());
    std::string name = typeName + ".__getitem__";
    return valueEntity(resolveCall(getItems->second, base.value, args,
                                   keywords, nullptr, range, name,
                                   /*quiet=*/false));
  }
  diags.report(range, DiagID::err_not_yet_implemented)
      << "parametric types";
  return Entity::error(range);
}

bool BodyChecker::denotesFunction(ast::ExprId id) {
  auto *name = llvm::dyn_cast<ast::NameExpr>(&ast.get(id));
  if (!name)
    return false;
  // A variable holding a function is a run-time value, which the parameter
  // evaluation reports (binding it as a function crashed).
  if (lookupLocal(name->getName()))
    return false;
  if (const CValue *value = lookupBinding(name->getName()))
    return value->kind == CValue::Kind::Func; // A nested `fn`.
  return sema.lookupGlobal(module, name->getName(), SourceRange()).kind ==
         Entity::Kind::Funcs;
}

std::optional<CValue> BodyChecker::evaluateParameter(ast::ExprId id) {
  if (std::optional<Type> type = checkTypeOf(id)) { // `f[__type_of(x)]`
    if (llvm::isa<ErrorType>(*type))
      return std::nullopt;
    return CValue::ofType(*type);
  }
  // `m.cols`: a parameter (or alias) of a variable's type is a constant,
  // though the variable is not.
  if (auto *member = llvm::dyn_cast<ast::MemberExpr>(&ast.get(id)))
    if (auto *base = llvm::dyn_cast<ast::NameExpr>(&ast.get(member->getBase())))
      if (const LocalVar *local = lookupLocal(base->getName()))
        if (auto *st = llvm::dyn_cast<StructType>(local->type)) {
          StructInfo *info = st->getInfo();
          auto param = info->paramValues.find(member->getName());
          if (param != info->paramValues.end())
            return param->second;
          if (const ast::AliasDecl *alias =
                  sema.findStructAlias(info, member->getName()))
            return sema.evaluateAlias(info->module, alias, info->paramValues);
        }
  if (usesRuntimeValue(id))
    return std::nullopt;
  return sema.evaluateConstant(module, id, bindings);
}

CExprPtr BodyChecker::makeBool(CExprPtr i1) {
  if (!i1)
    return nullptr;
  SourceRange range = i1->range;
  return convert(std::move(i1), sema.getHookType("Bool"), range);
}

/// Conditions call `__mlir_i1__` on `Bool`, and `__bool__()` first on any
/// other type (LANGUAGE.md §3, Truthiness).
CExprPtr BodyChecker::makeCondition(CExprPtr value) {
  if (!value)
    return nullptr;
  if (value->type == types.getMLIRType("i1"))
    return value;
  if (llvm::isa<ErrorType>(value->type))
    return nullptr;
  SourceRange range = value->range;
  std::string typeName = getTypeName(value->type);
  std::vector<CExprPtr> none;
  if (auto *st = llvm::dyn_cast<StructType>(value->type)) {
    if (st->getInfo()->methods.count("__mlir_i1__"))
      return callOperator(value, "__mlir_i1__", none, range);
    if (st->getInfo()->methods.count("__bool__")) {
      CExprPtr b = callOperator(value, "__bool__", none, range);
      if (b && b->type != st->getInfo()->type)
        return makeCondition(std::move(b));
    }
  }
  // A literal (`if 1:`) is tested as the type it materializes to.
  Type target = sema.materialize(value->type);
  if (target != value->type)
    return makeCondition(materializeValue(std::move(value)));
  diags.report(range, DiagID::err_not_a_condition) << typeName;
  return nullptr;
}
