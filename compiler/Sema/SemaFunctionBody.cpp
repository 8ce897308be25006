//===- SemaFunctionBody.cpp - What a body starts with ---------------------===//
//
// The parts of a function instance's body that are not its statements: the
// parameter variables and the result variable (a constructor's `self`, an
// `out` argument) declared on entry, the bodies of the members `@value`
// synthesizes, and the private copies of the `read` arguments a `def`
// changes.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

/// The variable a constructor or a function with an `out` argument builds
/// its result in. It starts uninitialized: a struct through one stand-in per
/// field, so that fields may be assigned one by one; any other type (an
/// MLIR type) as a whole.
void BodyChecker::declareResult() {
  instance.resultLocal = declareLocal(instance.resultName, instance.result,
                                      instance.resultNameRange);
  if (func.synthesized != Synthesized::None ||
      llvm::isa<ErrorType>(instance.result))
    return;
  // An archetype's fields are unknown: its value is initialized as a
  // whole, as an instance of any binding may be.
  auto *st = llvm::dyn_cast<StructType>(instance.result);
  if (!st || llvm::isa<ArchetypeType>(st)) {
    uninitialized.insert(instance.resultLocal);
    return;
  }
  for (const Field &field : st->getInfo()->fields) {
    LocalVar *stand = newTemporary(field.type, field.range);
    stand->name = instance.resultName + "." + field.name;
    resultFields.push_back(stand);
    // A field whose type failed cannot be assigned: do not ask.
    if (!llvm::isa<ErrorType>(field.type))
      uninitialized.insert(stand);
  }
}

/// Binds the compile-time parameters and creates the parameter variables
/// (and the result variable: a constructor's `self`, an `out` argument).
void BodyChecker::declareParameters() {
  std::vector<const ast::ParamDecl *> params = sema.getCompileTimeParams(&func);
  if (func.owner) { // A method sees its struct's parameters, and `Self`.
    for (const auto &entry : func.owner->paramValues)
      bindings[entry.getKey()] = entry.getValue();
    bindings["Self"] = CValue::ofType(func.owner->type);
  }
  for (size_t i = 0; i < params.size() && i < instance.bindings.size(); ++i)
    bindings[params[i]->getName()] = instance.bindings[i];
  scopes.emplace_back();
  if (instance.hasNamedResult())
    declareResult();
  if (!instance.packName.empty())
    packs[instance.packName]; // A pack may be empty: `print()`.
  // Where each argument is declared, for the language server.
  llvm::StringMap<SourceRange> declared;
  if (func.decl)
    for (ast::DeclId id : func.decl->getArgs().params)
      declared[ast.get(id).getName()] = ast.get(id).getNameRange();
  for (const ParamSlot &slot : instance.params) {
    LocalVar *local = &instance.locals.emplace_back();
    local->name = slot.name;
    local->range = declared.lookup(slot.name);
    local->type = slot.type;
    local->convention = slot.convention;
    local->readOnly = slot.convention == Convention::Read &&
                      !(func.decl && func.decl->isDef());
    local->copiedIfMutated = slot.convention == Convention::Read &&
                             !local->readOnly && !slot.isSelf;
    local->immutableRef = slot.immutableRef && local->readOnly;
    instance.paramLocals.push_back(local);
    // What `__del__` and `__moveinit__` take is ending its life there.
    llvm::StringRef member = func.decl ? func.decl->getName() : "";
    if (slot.convention == Convention::Owned &&
        ((member == "__del__" && slot.isSelf) ||
         (member == "__moveinit__" && !slot.isSelf) ||
         func.synthesized == Synthesized::FieldwiseMove)) {
      local->neverDestroyed = true;
      local->endsWithFields = member == "__del__";
    }
    if (slot.fromPack)
      packs[slot.name].push_back(local);
    else
      scopes.back().vars[slot.name] = local;
  }
  // Compile-time expressions (`constrained[len(values) == 4]()`, a
  // `@parameter if`) are checked apart from this body: they see the pack
  // as a list of its length whose elements are no constants.
  for (const auto &pack : packs)
    bindings[pack.getKey()] = CValue::ofList(
        nullptr, std::vector<CValue>(pack.getValue().size()));
}

/// The members `@value` synthesizes, field by field:
///   __init__(out self, owned f0, ...):         self.f0 = f0^; ...
///   __copyinit__(out self, existing):          self.f0 = copy of existing.f0
///   __moveinit__(out self, owned existing):    self.f0 = existing.f0^; ...
void BodyChecker::synthesizeBody() {
  StructInfo *owner = func.owner;
  SourceRange range = func.nameRange;
  for (unsigned i = 0; i < owner->fields.size(); ++i) {
    CExprPtr value;
    switch (func.synthesized) {
    case Synthesized::FieldwiseInit:
      value = makeLocalRef(instance.paramLocals[i], range);
      break;
    case Synthesized::FieldwiseCopy:
    case Synthesized::FieldwiseMove:
      value = makeFieldRef(makeLocalRef(instance.paramLocals[0], range), i,
                           range);
      break;
    case Synthesized::None:
      return;
    }
    const Lifecycle &life = sema.getLifecycle(value->type);
    if (func.synthesized == Synthesized::FieldwiseCopy)
      value = ownedValue(std::move(value));
    else if (!sema.isTrivial(value->type) &&
             (life.move != Transfer::Unavailable ||
              life.copy != Transfer::Unavailable))
      value = moveValue(std::move(value), range);
    // (A field that cannot move was reported with the struct.)
    if (!value)
      return;
    auto assign = makeStmt(CStmt::Kind::Assign, range);
    assign->target =
        makeFieldRef(makeLocalRef(instance.resultLocal, range), i, range);
    assign->value = std::move(value);
    assign->initializes = true;
    instance.body.push_back(std::move(assign));
  }
}

/// A `def`'s `read` argument the body changes is a private copy (LANGUAGE.md
/// §5): the argument arrives as a borrow, hidden, and the name the body
/// uses is a variable initialized with a copy of it, owned and destroyed
/// like any other. One the body never changes stays a plain borrow.
void BodyChecker::copyMutatedDefArguments() {
  std::vector<CStmtPtr> copies;
  for (LocalVar *&param : instance.paramLocals) {
    if (!param->copiedIfMutated)
      continue;
    if (!param->mutated) {
      param->readOnly = true;
      continue;
    }
    if (sema.isTrivial(param->type))
      continue; // IRGen copies its bits into a slot on entry.
    LocalVar *named = param;
    for (ast::DeclId id : func.decl->getArgs().params) {
      const auto &decl = ast.getAs<ast::ParamDecl>(id);
      if (decl.getName() == named->name)
        named->range = decl.getNameRange(); // Where a failed copy is reported.
    }
    LocalVar *incoming = &instance.locals.emplace_back(*named);
    incoming->readOnly = true;
    incoming->copiedIfMutated = false;
    named->convention = Convention::Owned;
    param = incoming;
    CExprPtr copy = ownedValue(makeLocalRef(incoming, incoming->range));
    if (!copy)
      continue;
    auto init = makeStmt(CStmt::Kind::Init, named->range);
    init->local = named;
    init->value = std::move(copy);
    copies.push_back(std::move(init));
  }
  instance.body.insert(instance.body.begin(),
                       std::make_move_iterator(copies.begin()),
                       std::make_move_iterator(copies.end()));
}
