//===- SemaTuples.cpp - Tuple types, literals and indexing ----------------===//
//
// A tuple is a structural type the compiler knows (docs/compiler/tuples.md):
// `Tuple[A, B]` and `(A, B)` name the same interned TupleType. The prelude's
// `Tuple` struct is only the name the type is spelled with (a hook). The
// checked tree holds tuples with existing nodes where it can:
//
//   (a, b)       Tuple(owned a, owned b)   a new tuple of owned values
//   t[1]         Field(t, 1)               an lvalue if `t` is one
//
// so copies, moves, borrows, destruction and exclusivity treat an element
// exactly like a field. A tuple's lifecycle is its elements', in order.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

bool Sema::isTupleHook(Type type) {
  return llvm::isa<StructType>(type) && type == getHookType("Tuple");
}

/// Whether `expr` is a name that denotes the prelude's `Tuple` here.
static bool namesTupleHook(Sema &sema, ModuleInfo *module,
                           const ast::Expr &expr, const Bindings &bindings) {
  auto *name = llvm::dyn_cast<ast::NameExpr>(&expr);
  if (!name || bindings.count(name->getName()))
    return false;
  Entity e = sema.lookupGlobal(module, name->getName(), expr.getRange());
  return e.kind == Entity::Kind::Type && sema.isTupleHook(e.type);
}

Type Sema::resolveTupleType(ModuleInfo *module, const ast::Expr &expr,
                            const Bindings &bindings,
                            StructInfo *selfStruct) {
  const ast::ASTContext &ctx = module->ast->getContext();
  std::vector<Type> elements;
  bool failed = false;
  auto addElement = [&](ast::ExprId id) {
    Type t = resolveType(module, id, bindings, selfStruct);
    failed |= llvm::isa<ErrorType>(t);
    elements.push_back(t);
  };
  if (auto *tuple = llvm::dyn_cast<ast::TupleExpr>(&expr)) {
    for (ast::ExprId id : tuple->getElements())
      addElement(id);
  } else if (auto *sub = llvm::dyn_cast<ast::SubscriptExpr>(&expr)) {
    if (!namesTupleHook(*this, module, ctx.get(sub->getBase()), bindings))
      return nullptr;
    for (const ast::Argument &arg : sub->getIndices()) {
      if (arg.hasKeyword()) {
        diags.report(arg.range, DiagID::err_tuple_keyword_element);
        failed = true;
        continue;
      }
      addElement(arg.value);
    }
  } else if (llvm::isa<ast::NameExpr>(expr) &&
             llvm::cast<ast::NameExpr>(expr).getName() == "Tuple" &&
             namesTupleHook(*this, module, expr, bindings)) {
    diags.report(expr.getRange(), DiagID::err_tuple_needs_elements);
    return program->types.getErrorType();
  } else {
    return nullptr;
  }
  if (failed)
    return program->types.getErrorType();
  return program->types.getTupleType(elements);
}

bool Sema::inferTupleParams(ModuleInfo *module, const ast::Expr &pattern,
                            const CValue &actual,
                            llvm::function_ref<int(llvm::StringRef)> findParam,
                            std::vector<CValue> &values) {
  std::vector<ast::ExprId> elements;
  if (auto *tuple = llvm::dyn_cast<ast::TupleExpr>(&pattern)) {
    elements.assign(tuple->getElements().begin(), tuple->getElements().end());
  } else if (auto *sub = llvm::dyn_cast<ast::SubscriptExpr>(&pattern)) {
    const ast::Expr &base = module->ast->getContext().get(sub->getBase());
    if (!namesTupleHook(*this, module, base, Bindings()))
      return false;
    for (const ast::Argument &arg : sub->getIndices())
      elements.push_back(arg.value);
  } else {
    return false;
  }
  auto *type = actual.kind == CValue::Kind::Type
                   ? llvm::dyn_cast<TupleType>(actual.type)
                   : nullptr;
  if (type && type->getElements().size() == elements.size())
    for (size_t i = 0; i < elements.size(); ++i)
      inferParams(module, elements[i],
                  CValue::ofType(type->getElements()[i]), findParam, values);
  return true;
}

const Lifecycle &Sema::getTupleLifecycle(const TupleType *tuple) {
  auto it = tupleLifecycles.find(tuple);
  if (it != tupleLifecycles.end())
    return it->second;
  bool copyable = true, movable = true, bitsCopy = true, bitsMove = true;
  Lifecycle life;
  for (Type element : tuple->getElements()) {
    const Lifecycle &e = getLifecycle(element);
    copyable &= e.copy != Transfer::Unavailable;
    // An element without `__moveinit__` moves by a copy and a destruction.
    movable &= e.move != Transfer::Unavailable || e.copy != Transfer::Unavailable;
    bitsCopy &= e.copy == Transfer::Bitwise;
    bitsMove &= e.move == Transfer::Bitwise;
    life.needsDestroy |= e.needsDestroy;
  }
  life.copy = !copyable  ? Transfer::Unavailable
              : bitsCopy ? Transfer::Bitwise
                         : Transfer::Elementwise;
  life.move = !movable   ? Transfer::Unavailable
              : bitsMove ? Transfer::Bitwise
                         : Transfer::Elementwise;
  return tupleLifecycles.emplace(tuple, life).first->second;
}

/// `(a, b)`: each element is checked (as `expected`'s element type, when
/// the literal has a known destination of the same length, as in `return
/// a, b` or `var t: Tuple[Int8, Int] = (1, 2)`), materialized, and owned
/// by the new tuple.
CExprPtr BodyChecker::checkTupleLiteral(const ast::TupleExpr &expr,
                                        const TupleType *expected) {
  llvm::ArrayRef<ast::ExprId> ids = expr.getElements();
  if (expected && expected->getElements().size() != ids.size())
    expected = nullptr;
  std::vector<CExprPtr> elements;
  bool failed = false;
  for (size_t i = 0; i < ids.size(); ++i) {
    elements.push_back(
        expected ? checkValueAs(ids[i], expected->getElements()[i])
                 : materializeValue(checkValue(ids[i])));
    failed |= !elements.back();
  }
  return failed ? nullptr : makeTuple(std::move(elements), expr.getRange());
}

CExprPtr BodyChecker::makeTuple(std::vector<CExprPtr> elements,
                                SourceRange range) {
  auto tuple = makeExpr(CExpr::Kind::Tuple, nullptr, range);
  std::vector<Type> elementTypes;
  for (CExprPtr &element : elements) {
    element = ownedValue(std::move(element));
    if (!element)
      return nullptr;
    elementTypes.push_back(element->type);
    tuple->operands.push_back(std::move(element));
  }
  tuple->type = types.getTupleType(elementTypes);
  return tuple;
}

CExprPtr BodyChecker::constructTuple(Type type, std::vector<CExprPtr> &args,
                                     llvm::ArrayRef<llvm::StringRef> keywords,
                                     SourceRange range) {
  for (size_t i = 0; i < args.size(); ++i)
    if (!keywords[i].empty()) {
      diags.report(args[i]->range, DiagID::err_tuple_keyword_element);
      return nullptr;
    }
  auto *expected = llvm::dyn_cast<TupleType>(type);
  if (expected && expected->getElements().size() != args.size()) {
    diags.report(range, DiagID::err_tuple_constructor_count)
        << getTypeName(type) << unsigned(expected->getElements().size())
        << unsigned(args.size());
    return nullptr;
  }
  std::vector<CExprPtr> elements;
  for (size_t i = 0; i < args.size(); ++i) {
    SourceRange argRange = args[i]->range;
    elements.push_back(expected ? convert(std::move(args[i]),
                                          expected->getElements()[i], argRange)
                                : materializeValue(std::move(args[i])));
    if (!elements.back())
      return nullptr;
  }
  return makeTuple(std::move(elements), range);
}

/// `t[i]`: `i` must be a compile-time `Int` within the tuple's length; the
/// element is a Field of `t`, borrowed (an lvalue when `t` is one).
Entity BodyChecker::checkTupleIndex(CExprPtr tuple,
                                    const ast::SubscriptExpr &expr) {
  SourceRange range = expr.getRange();
  auto *type = llvm::cast<TupleType>(tuple->type);
  llvm::ArrayRef<ast::Argument> indices = expr.getIndices();
  if (indices.size() != 1 || indices[0].hasKeyword()) {
    diags.report(range, DiagID::err_tuple_index_count)
        << getTypeName(type);
    return Entity::error(range);
  }
  CExprPtr index = checkValue(indices[0].value);
  if (!index)
    return Entity::error(range);
  if (index->kind != CExpr::Kind::IntConst) {
    // In a generic body checked against its bounds, an index computed from
    // a compile-time parameter (`t[n]`, or `t[i]` in a `@parameter for`
    // over `range(n)`) has no value yet: each concrete instance checks it,
    // as it does a `@parameter for` bound (SemaParameterStmts.cpp).
    if (instance.checkOnly)
      return Entity::error(range);
    diags.report(index->range, DiagID::err_tuple_index_not_constant)
        << getTypeName(type);
    return Entity::error(range);
  }
  size_t size = type->getElements().size();
  if (index->intValue.isNegative() || index->intValue.uge(size)) {
    diags.report(index->range, DiagID::err_tuple_index_out_of_range)
        << describeInteger(index->intValue) << getTypeName(type)
        << unsigned(size);
    return Entity::error(range);
  }
  unsigned i = unsigned(index->intValue.getZExtValue());
  return valueEntity(makeFieldRef(borrowedValue(std::move(tuple)), i, range));
}
