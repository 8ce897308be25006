//===- SemaExpr.cpp - Expressions -----------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

#include "compiler/Comptime/IntLiteralFolding.h"

using namespace mojo;
using namespace mojo::sema;

static CExprPtr makeExpr(CExpr::Kind kind, Type type, SourceRange range) {
  return std::make_unique<CExpr>(kind, type, range);
}

Entity BodyChecker::valueEntity(CExprPtr value) {
  Entity e;
  if (!value)
    return e;
  e.kind = Entity::Kind::Value;
  e.range = value->range;
  e.value = std::move(value);
  return e;
}

static const char *describeEntity(Entity::Kind kind) {
  switch (kind) {
  case Entity::Kind::Type: return "a type";
  case Entity::Kind::Funcs: return "a function";
  case Entity::Kind::Method: return "a method";
  case Entity::Kind::Module: return "a module";
  case Entity::Kind::Trait: return "a trait";
  default: return "this expression";
  }
}

CExprPtr BodyChecker::checkValue(ast::ExprId id) {
  Entity e = checkEntity(id);
  if (e.kind == Entity::Kind::Value)
    return std::move(e.value);
  if (e.kind != Entity::Kind::Error)
    diags.report(ast.get(id).getRange(), DiagID::err_expected_value)
        << describeEntity(e.kind);
  return nullptr;
}

CExprPtr BodyChecker::checkValueAs(ast::ExprId id, Type type) {
  CExprPtr value = checkValue(id);
  if (!value)
    return nullptr;
  return convert(std::move(value), type, ast.get(id).getRange());
}

Entity BodyChecker::checkEntity(ast::ExprId id) {
  const ast::Expr &expr = ast.get(id);
  SourceRange range = expr.getRange();
  switch (expr.getKind()) {
  case ast::Expr::Kind::IntegerLiteral: {
    auto &lit = llvm::cast<ast::IntegerLiteralExpr>(expr);
    llvm::APInt raw = lit.getValue();
    // Signed with a spare bit, so that negation and folding stay exact.
    llvm::APSInt value(raw.zext(raw.getBitWidth() + 1), /*isUnsigned=*/false);
    auto e = makeExpr(CExpr::Kind::IntConst, sema.getHookType("IntLiteral"),
                      range);
    e->intValue = value;
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
    // Register-passable values are copied; `^` changes nothing yet.
    return checkEntity(llvm::cast<ast::TransferExpr>(expr).getOperand());
  case ast::Expr::Kind::Error:
    return Entity::error(range);
  case ast::Expr::Kind::FloatLiteral:
    diags.report(range, DiagID::err_not_yet_implemented)
        << "floating-point literals";
    return Entity::error(range);
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
    if (local == instance.selfLocal && local && !checkingAssignTarget) {
      for (LocalVar *field : selfFields)
        if (uninitialized.count(field)) {
          diags.report(range, DiagID::err_self_incomplete) << field->name;
          break;
        }
    }
    auto e = makeExpr(CExpr::Kind::Local, local->type, range);
    e->local = local;
    return valueEntity(std::move(e));
  }
  if (const CValue *value = lookupBinding(name)) {
    Entity e;
    e.range = range;
    if (value->kind == CValue::Kind::Type) {
      e.kind = Entity::Kind::Type;
      e.type = value->type;
      return e;
    }
    if (value->kind == CValue::Kind::Int) {
      auto c = makeExpr(CExpr::Kind::IntConst,
                        value->type ? value->type
                                    : sema.getHookType("IntLiteral"),
                        range);
      c->intValue = value->intValue;
      return valueEntity(std::move(c));
    }
    diags.report(range, DiagID::err_not_yet_implemented)
        << "this kind of compile-time parameter";
    return Entity::error(range);
  }
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
  Entity e = sema.lookupGlobal(module, name, range);
  if (e.kind == Entity::Kind::Error)
    diags.report(range, DiagID::err_undeclared_name) << name;
  return e;
}

Entity BodyChecker::checkMember(const ast::MemberExpr &expr) {
  SourceRange range = expr.getRange();
  llvm::StringRef name = expr.getName();
  // `self.f` in a constructor reads one field, not the partly built whole.
  bool baseIsSelf = false;
  if (auto *n = llvm::dyn_cast<ast::NameExpr>(&ast.get(expr.getBase())))
    baseIsSelf = instance.selfLocal && n->getName() == "self" &&
                 lookupLocal("self") == instance.selfLocal;
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
    e = sema.lookupGlobal(base.module, name, range);
    if (e.kind == Entity::Kind::Error)
      diags.report(expr.getNameRange(), DiagID::err_no_member)
          << base.module->name << name;
    return e;
  }
  case Entity::Kind::Type: {
    auto *st = llvm::dyn_cast<StructType>(base.type);
    if (st) {
      auto it = st->getInfo()->methods.find(name);
      if (it != st->getInfo()->methods.end()) {
        e.kind = Entity::Kind::Funcs;
        e.funcs = it->second;
        return e;
      }
    }
    diags.report(expr.getNameRange(), DiagID::err_no_member)
        << getTypeName(base.type) << name;
    return e;
  }
  case Entity::Kind::Value: {
    Type type = base.value->type;
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
        if (baseIsSelf && !checkingAssignTarget && i < selfFields.size())
          checkInitialized(selfFields[i], range);
        auto field = makeExpr(CExpr::Kind::Field, info->fields[i].type, range);
        field->fieldIndex = i;
        field->operands.push_back(std::move(base.value));
        return valueEntity(std::move(field));
      }
      auto it = info->methods.find(name);
      if (it != info->methods.end()) {
        if (baseIsSelf) // A method sees the whole `self`.
          for (LocalVar *field : selfFields)
            if (uninitialized.count(field)) {
              diags.report(range, DiagID::err_self_incomplete) << field->name;
              break;
            }
        e.kind = Entity::Kind::Method;
        e.funcs = it->second;
        e.value = std::move(base.value);
        return e;
      }
    }
    if (!llvm::isa<ErrorType>(type))
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

/// `__mlir_op.X[attr = value, _type = T]`, `pack[i]`, `f[params]`.
Entity BodyChecker::checkSubscript(const ast::SubscriptExpr &expr) {
  SourceRange range = expr.getRange();
  // A variadic pack indexed by a compile-time integer.
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&ast.get(expr.getBase()))) {
    auto it = packs.find(name->getName());
    if (it != packs.end() && !lookupLocal(name->getName())) {
      if (expr.getIndices().size() != 1)
        return Entity::error(range);
      CExprPtr index = checkValue(expr.getIndices()[0].value);
      if (!index)
        return Entity::error(range);
      if (index->kind != CExpr::Kind::IntConst) {
        diags.report(index->range, DiagID::err_not_compile_time);
        return Entity::error(range);
      }
      int64_t i = index->intValue.getExtValue();
      if (i < 0 || size_t(i) >= it->second.size()) {
        diags.report(index->range, DiagID::err_bad_pack_index)
            << i << unsigned(it->second.size());
        return Entity::error(range);
      }
      LocalVar *element = it->second[i];
      auto e = makeExpr(CExpr::Kind::Local, element->type, range);
      e->local = element;
      return valueEntity(std::move(e));
    }
  }
  Entity base = checkEntity(expr.getBase());
  if (base.kind == Entity::Kind::Error)
    return base;
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
  if (base.kind == Entity::Kind::Funcs) {
    base.hasExplicitParams = true;
    base.explicitParamList = expr.getIndices();
    base.range = range;
    return base;
  }
  if (base.kind == Entity::Kind::Value) {
    std::vector<CExprPtr> args;
    for (const ast::Argument &arg : expr.getIndices())
      if (CExprPtr v = checkValue(arg.value))
        args.push_back(std::move(v));
      else
        return Entity::error(range);
    std::string typeName = getTypeName(base.value->type);
    CExprPtr call = callOperator(base.value, "__getitem__", args, range);
    if (!call)
      diags.report(range, DiagID::err_no_member) << typeName << "__getitem__";
    return valueEntity(std::move(call));
  }
  diags.report(range, DiagID::err_not_yet_implemented)
      << "parametric types";
  return Entity::error(range);
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

static const char *binaryDunder(ast::BinaryOp op, bool reflected) {
  switch (op) {
  case ast::BinaryOp::Add: return reflected ? "__radd__" : "__add__";
  case ast::BinaryOp::Sub: return reflected ? "__rsub__" : "__sub__";
  case ast::BinaryOp::Mul: return reflected ? "__rmul__" : "__mul__";
  case ast::BinaryOp::MatMul: return reflected ? "__rmatmul__" : "__matmul__";
  case ast::BinaryOp::Div: return reflected ? "__rtruediv__" : "__truediv__";
  case ast::BinaryOp::FloorDiv:
    return reflected ? "__rfloordiv__" : "__floordiv__";
  case ast::BinaryOp::Mod: return reflected ? "__rmod__" : "__mod__";
  case ast::BinaryOp::Pow: return reflected ? "__rpow__" : "__pow__";
  case ast::BinaryOp::LShift: return reflected ? "__rlshift__" : "__lshift__";
  case ast::BinaryOp::RShift: return reflected ? "__rrshift__" : "__rshift__";
  case ast::BinaryOp::BitAnd: return reflected ? "__rand__" : "__and__";
  case ast::BinaryOp::BitXor: return reflected ? "__rxor__" : "__xor__";
  case ast::BinaryOp::BitOr: return reflected ? "__ror__" : "__or__";
  }
  return "";
}

/// Folds `lhs OP rhs` when both are IntLiteral constants (the Comptime
/// literal-folding hook); null when it does not apply.
static CExprPtr foldLiterals(Sema &sema, llvm::StringRef dunder,
                             CExprPtr &lhs, CExprPtr *rhs, SourceRange range) {
  Type literal = sema.getHookType("IntLiteral");
  if (lhs->kind != CExpr::Kind::IntConst || lhs->type != literal)
    return nullptr;
  if (rhs && ((*rhs)->kind != CExpr::Kind::IntConst || (*rhs)->type != literal))
    return nullptr;
  std::optional<llvm::APSInt> folded = comptime::foldIntLiteral(
      dunder, lhs->intValue, rhs ? &(*rhs)->intValue : nullptr);
  if (!folded)
    return nullptr;
  if (folded->getBitWidth() == 1) { // A comparison.
    auto i1 = std::make_unique<CExpr>(CExpr::Kind::MLIRConst,
                                      sema.program->types.getMLIRType("i1"),
                                      range);
    i1->text = folded->getBoolValue() ? "true" : "false";
    return i1;
  }
  auto e = std::make_unique<CExpr>(CExpr::Kind::IntConst, literal, range);
  e->intValue = *folded;
  return e;
}

CExprPtr BodyChecker::checkBinary(const ast::BinaryExpr &expr) {
  CExprPtr lhs = checkValue(expr.getLHS());
  CExprPtr rhs = checkValue(expr.getRHS());
  if (!lhs || !rhs)
    return nullptr;
  const char *dunder = binaryDunder(expr.getOp(), false);
  if (CExprPtr folded = foldLiterals(sema, dunder, lhs, &rhs, expr.getRange()))
    return folded;
  std::string lhsType = getTypeName(lhs->type),
              rhsType = getTypeName(rhs->type);
  // a.__op__(b), else b.__rop__(a); a literal operand the other side cannot
  // take is materialized and the lookup retried (LANGUAGE.md §3).
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::vector<CExprPtr> args;
    args.push_back(std::move(rhs));
    if (CExprPtr call = callOperator(lhs, dunder, args, expr.getRange()))
      return call;
    rhs = std::move(args.front());
    std::vector<CExprPtr> rargs;
    rargs.push_back(std::move(lhs));
    if (CExprPtr call = callOperator(rhs, binaryDunder(expr.getOp(), true),
                                     rargs, expr.getRange()))
      return call;
    lhs = std::move(rargs.front());
    lhs = materializeValue(std::move(lhs));
    rhs = materializeValue(std::move(rhs));
  }
  diags.report(expr.getOpRange(), DiagID::err_invalid_binary_operands)
      << getSpelling(expr.getOp()) << lhsType << dunder << rhsType;
  return nullptr;
}

CExprPtr BodyChecker::checkUnary(const ast::UnaryExpr &expr) {
  CExprPtr operand = checkValue(expr.getOperand());
  if (!operand)
    return nullptr;
  const char *dunder = expr.getOp() == ast::UnaryOp::Neg   ? "__neg__"
                       : expr.getOp() == ast::UnaryOp::Pos ? "__pos__"
                                                           : "__invert__";
  if (CExprPtr folded =
          foldLiterals(sema, dunder, operand, nullptr, expr.getRange()))
    return folded;
  std::string typeName = getTypeName(operand->type);
  std::vector<CExprPtr> none;
  if (CExprPtr call = callOperator(operand, dunder, none, expr.getRange()))
    return call;
  diags.report(expr.getRange(), DiagID::err_invalid_unary_operand)
      << getSpelling(expr.getOp()) << typeName << dunder;
  return nullptr;
}

static const char *compareDunder(ast::CompareOp op) {
  switch (op) {
  case ast::CompareOp::Eq: return "__eq__";
  case ast::CompareOp::Ne: return "__ne__";
  case ast::CompareOp::Lt: return "__lt__";
  case ast::CompareOp::Le: return "__le__";
  case ast::CompareOp::Gt: return "__gt__";
  case ast::CompareOp::Ge: return "__ge__";
  case ast::CompareOp::In:
  case ast::CompareOp::NotIn: return "__contains__";
  case ast::CompareOp::Is: return "__is__";
  case ast::CompareOp::IsNot: return "__isnot__";
  }
  return "";
}

/// Calls the comparison `op` on `lhs` and `rhs`: the left operand's method
/// (no reflection), or the container's `__contains__` for `in`.
CExprPtr BodyChecker::compare(ast::CompareOp op, SourceRange opRange,
                              CExprPtr lhs, CExprPtr rhs, SourceRange range) {
  bool contains = op == ast::CompareOp::In || op == ast::CompareOp::NotIn;
  if (contains)
    std::swap(lhs, rhs);
  const char *dunder = compareDunder(op);
  CExprPtr cmp = foldLiterals(sema, dunder, lhs, &rhs, range);
  if (cmp)
    return cmp;
  std::string lhsType = getTypeName(lhs->type),
              rhsType = getTypeName(rhs->type);
  std::vector<CExprPtr> args;
  args.push_back(std::move(rhs));
  cmp = callOperator(lhs, dunder, args, range);
  if (!cmp) {
    lhs = materializeValue(std::move(lhs));
    if (lhs)
      cmp = callOperator(lhs, dunder, args, range);
  }
  if (!cmp)
    diags.report(opRange, DiagID::err_invalid_binary_operands)
        << getSpelling(op) << lhsType << dunder << rhsType;
  return cmp;
}

/// A single comparison has its method's result type. A chain
/// `a < b < c` means `a < b and b < c` with `b` evaluated once: it is bound
/// to a temporary where it is first used.
CExprPtr BodyChecker::checkCompare(const ast::CompareExpr &expr) {
  llvm::ArrayRef<ast::ExprId> operands = expr.getOperands();
  llvm::ArrayRef<ast::CompareOperator> ops = expr.getOps();
  CExprPtr lhs = checkValue(operands[0]);
  CExprPtr result;
  for (size_t i = 0; i < ops.size(); ++i) {
    CExprPtr rhs = checkValue(operands[i + 1]);
    if (!lhs || !rhs)
      return nullptr;
    CExprPtr nextLhs;
    if (i + 1 < ops.size()) {
      rhs = materializeValue(std::move(rhs));
      if (!rhs)
        return nullptr;
      LocalVar *temp = newTemporary(rhs->type, rhs->range);
      nextLhs = makeExpr(CExpr::Kind::Local, rhs->type, rhs->range);
      nextLhs->local = temp;
      auto bind = makeExpr(CExpr::Kind::Bind, rhs->type, rhs->range);
      bind->local = temp;
      bind->operands.push_back(std::move(rhs));
      rhs = std::move(bind);
    }
    SourceRange range(ast.get(operands[i]).getStartLoc(),
                      ast.get(operands[i + 1]).getEndLoc());
    CExprPtr cmp = compare(ops[i].op, ops[i].range, std::move(lhs),
                           std::move(rhs), range);
    if (!cmp)
      return nullptr;
    bool negate = ops[i].op == ast::CompareOp::NotIn;
    if (ops.size() == 1 && !negate && cmp->type != types.getMLIRType("i1"))
      return cmp; // Whatever the method returns.
    cmp = makeCondition(std::move(cmp));
    if (!cmp)
      return nullptr;
    if (negate) {
      auto notExpr = makeExpr(CExpr::Kind::Not, cmp->type, range);
      notExpr->operands.push_back(std::move(cmp));
      cmp = std::move(notExpr);
    }
    if (!result) {
      result = std::move(cmp);
    } else {
      auto both = makeExpr(CExpr::Kind::And, result->type, expr.getRange());
      both->operands.push_back(std::move(result));
      both->operands.push_back(std::move(cmp));
      result = std::move(both);
    }
    lhs = std::move(nextLhs);
  }
  return makeBool(std::move(result));
}

/// `a or b` is `a if a else b` and `a and b` is `b if a else a`, with `a`
/// evaluated once; when the operands share no type they are compared as
/// conditions and the result is a `Bool`.
CExprPtr BodyChecker::checkBoolOp(const ast::BoolOpExpr &expr) {
  bool isAnd = expr.getOp() == ast::BoolOpKind::And;
  CExprPtr lhs = materializeValue(checkValue(expr.getLHS()));
  CExprPtr rhs = materializeValue(checkValue(expr.getRHS()));
  if (!lhs || !rhs)
    return nullptr;
  Type boolType = sema.getHookType("Bool");
  if (lhs->type == rhs->type && lhs->type != boolType &&
      llvm::isa<StructType>(lhs->type)) {
    SourceRange range = expr.getRange();
    LocalVar *temp = newTemporary(lhs->type, lhs->range);
    auto bind = makeExpr(CExpr::Kind::Bind, lhs->type, lhs->range);
    bind->local = temp;
    bind->operands.push_back(std::move(lhs));
    CExprPtr cond = makeCondition(std::move(bind));
    if (!cond)
      return nullptr;
    auto again = makeExpr(CExpr::Kind::Local, temp->type, range);
    again->local = temp;
    auto select = makeExpr(CExpr::Kind::Select, temp->type, range);
    select->operands.push_back(std::move(cond));
    select->operands.push_back(isAnd ? std::move(rhs) : std::move(again));
    select->operands.push_back(isAnd ? std::move(again) : std::move(rhs));
    return select;
  }
  lhs = makeCondition(std::move(lhs));
  rhs = makeCondition(std::move(rhs));
  if (!lhs || !rhs)
    return nullptr;
  auto e = makeExpr(isAnd ? CExpr::Kind::And : CExpr::Kind::Or, lhs->type,
                    expr.getRange());
  e->operands.push_back(std::move(lhs));
  e->operands.push_back(std::move(rhs));
  return makeBool(std::move(e));
}

/// `name := value`: assigns (declaring if needed) and yields the value.
CExprPtr BodyChecker::checkWalrus(const ast::WalrusExpr &expr) {
  CExprPtr value = checkValue(expr.getValue());
  if (!value)
    return nullptr;
  LocalVar *local = lookupLocal(expr.getName());
  if (local) {
    value = convert(std::move(value), local->type, expr.getRange());
    if (!value)
      return nullptr;
  } else {
    value = materializeValue(std::move(value));
    if (!value)
      return nullptr;
    local = declareLocal(expr.getName(), value->type, expr.getNameRange(),
                         /*functionScope=*/true);
    implicitLocals.push_back(local);
  }
  uninitialized.erase(local);
  auto bind = makeExpr(CExpr::Kind::Bind, local->type, expr.getRange());
  bind->local = local;
  bind->operands.push_back(std::move(value));
  return bind;
}

CExprPtr BodyChecker::checkTernary(const ast::TernaryExpr &expr) {
  CExprPtr cond = makeCondition(checkValue(expr.getCondition()));
  CExprPtr thenValue = checkValue(expr.getThenValue());
  CExprPtr elseValue = checkValue(expr.getElseValue());
  if (!cond || !thenValue || !elseValue)
    return nullptr;
  if (thenValue->type != elseValue->type) {
    SourceRange elseRange = elseValue->range;
    if (conversionCost(elseValue->type, thenValue->type) > 0 &&
        thenValue->type != sema.getHookType("IntLiteral")) {
      elseValue = convert(std::move(elseValue), thenValue->type, elseRange);
    } else {
      thenValue = materializeValue(std::move(thenValue));
      elseValue = convert(materializeValue(std::move(elseValue)),
                          thenValue->type, elseRange);
    }
    if (!elseValue)
      return nullptr;
  } else {
    thenValue = materializeValue(std::move(thenValue));
    elseValue = materializeValue(std::move(elseValue));
  }
  auto e = makeExpr(CExpr::Kind::Select, thenValue->type, expr.getRange());
  e->operands.push_back(std::move(cond));
  e->operands.push_back(std::move(thenValue));
  e->operands.push_back(std::move(elseValue));
  return e;
}
