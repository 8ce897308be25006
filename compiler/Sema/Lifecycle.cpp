//===- Lifecycle.cpp - How values are copied, moved and destroyed ---------===//
//
// LANGUAGE.md §6: a struct has no lifecycle members unless it writes them
// or `@value` synthesizes the missing fieldwise ones. What a type's copy,
// move and destruction run is decided here, once per type, and recorded in
// its StructInfo as a Lifecycle:
//
//   @register_passable("trivial"), MLIR types   copy, move: bits; no destroy
//   a written __copyinit__ / __moveinit__       Method (that instance)
//   @value, member missing, every field bitwise Bitwise (nothing to call)
//   @value, member missing, otherwise           Method (synthesized fieldwise)
//   no member, no @value                        Unavailable
//
// A value needs destroying when its type has a `__del__` or one of its
// fields needs destroying; destroying runs the `__del__`, then destroys the
// fields. Bitwise transfers and trivial destruction cost nothing: the
// ownership pass places no node for them, so code over `Int` is unchanged.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

using namespace mojo;
using namespace mojo::sema;

static FuncInfo *addSynthesized(Program &program, StructInfo *info,
                                llvm::StringRef member, Synthesized kind) {
  FuncInfo &func = program.funcs.emplace_back();
  func.module = info->module;
  func.owner = info;
  func.name = info->name + "." + member.str();
  func.synthesized = kind;
  func.nameRange = info->decl->getNameRange();
  func.alwaysInline = true;
  info->methods[member].push_back(&func);
  return &func;
}

/// A non-parametric `__init__` written in the struct whose arguments are
/// exactly the fields' types, in order: it replaces `@value`'s.
static bool hasWrittenFieldwiseInit(Sema &sema, StructInfo *info) {
  auto it = info->methods.find("__init__");
  if (it == info->methods.end())
    return false;
  for (FuncInfo *ctor : it->second) {
    if (!ctor->decl || ctor->decl->getParams().present ||
        ctor->decl->getArgs().params.size() != info->fields.size() + 1)
      continue;
    FuncInstance *instance = sema.instantiate(ctor, {}, ctor->nameRange);
    if (!instance->isInit || instance->params.size() != info->fields.size())
      continue;
    bool same = true;
    for (size_t i = 0; i < info->fields.size(); ++i)
      same &= instance->params[i].type == info->fields[i].type;
    if (same)
      return true;
  }
  return false;
}

void Sema::addFieldwiseInit(StructInfo *info) {
  if (!hasWrittenFieldwiseInit(*this, info))
    addSynthesized(*program, info, "__init__", Synthesized::FieldwiseInit);
}

void Sema::resolveSynthesizedSignature(FuncInstance *instance) {
  FuncInfo *func = instance->info;
  StructInfo *owner = func->owner;
  resolveFields(owner);
  instance->isInit = true;
  instance->resultName = "self";
  instance->result = owner->type;
  auto addParam = [&](llvm::StringRef name, Type type, Convention c) {
    ParamSlot slot;
    slot.name = name.str();
    slot.type = type;
    slot.convention = c;
    instance->params.push_back(slot);
  };
  switch (func->synthesized) {
  case Synthesized::FieldwiseInit:
    for (const Field &field : owner->fields)
      addParam(field.name, field.type, Convention::Owned);
    return;
  case Synthesized::FieldwiseCopy:
    addParam("existing", owner->type, Convention::Read);
    return;
  case Synthesized::FieldwiseMove:
    addParam("existing", owner->type, Convention::Owned);
    return;
  case Synthesized::None:
    return;
  }
}

/// The written, non-parametric `member` of `info` taking `self` and one
/// argument, or null.
static FuncInfo *findWrittenMember(StructInfo *info, llvm::StringRef member) {
  auto it = info->methods.find(member);
  if (it == info->methods.end())
    return nullptr;
  for (FuncInfo *func : it->second)
    if (func->decl && func->synthesized == Synthesized::None)
      return func;
  return nullptr;
}

const Lifecycle &Sema::getLifecycle(Type type) {
  static const Lifecycle bitwise;
  if (auto *tuple = llvm::dyn_cast<TupleType>(type))
    return getTupleLifecycle(tuple);
  auto *st = llvm::dyn_cast<StructType>(type);
  if (!st)
    return bitwise;
  StructInfo *info = st->getInfo();
  using State = StructInfo::LifecycleState;
  // A struct containing itself was reported by resolveFields; while its
  // lifecycle is being resolved, it counts as bitwise.
  if (info->lifecycleState != State::Unresolved)
    return info->lifecycle;
  info->lifecycleState = State::Resolving;
  resolveFields(info);
  Lifecycle &life = info->lifecycle;
  if (info->trivial) {
    for (llvm::StringRef member : {"__copyinit__", "__moveinit__", "__del__"})
      if (FuncInfo *written = findWrittenMember(info, member))
        diags.report(written->nameRange, DiagID::err_trivial_lifecycle_member)
            << info->name << member;
    info->lifecycleState = State::Resolved;
    return life;
  }
  if (info->registerPassable)
    if (FuncInfo *written = findWrittenMember(info, "__moveinit__"))
      diags.report(written->nameRange, DiagID::err_register_passable_moveinit)
          << info->name;

  // What the fields need decides what a synthesized member does.
  bool fieldsCopyable = true, fieldsMovable = true;
  bool fieldsBitwiseCopy = true, fieldsBitwiseMove = true;
  bool fieldsNeedDestroy = false;
  for (const Field &field : info->fields) {
    const Lifecycle &f = getLifecycle(field.type);
    fieldsCopyable &= f.copy != Transfer::Unavailable;
    fieldsMovable &= f.move != Transfer::Unavailable;
    fieldsBitwiseCopy &= f.copy == Transfer::Bitwise;
    fieldsBitwiseMove &= f.move == Transfer::Bitwise;
    fieldsNeedDestroy |= f.needsDestroy;
  }

  auto resolve = [&](llvm::StringRef member, Synthesized kind,
                     bool synthesizable, bool bitwise, Transfer &how,
                     FuncInstance *&instance) {
    if (FuncInfo *written = findWrittenMember(info, member)) {
      how = Transfer::Method;
      instance = instantiate(written, {}, written->nameRange);
      use(instance);
      return;
    }
    if (!info->isValue || !synthesizable) {
      how = Transfer::Unavailable;
      return;
    }
    // A fieldwise transfer of bitwise fields is the bits of the whole.
    if (bitwise) {
      how = Transfer::Bitwise;
      return;
    }
    how = Transfer::Method;
    instance = instantiate(addSynthesized(*program, info, member, kind), {},
                           info->decl->getNameRange());
    use(instance);
  };
  // Register-passable values live in registers: moving one is its bits.
  if (info->registerPassable)
    life.move = Transfer::Bitwise;
  else
    resolve("__moveinit__", Synthesized::FieldwiseMove, fieldsMovable,
            fieldsBitwiseMove, life.move, life.moveInit);
  resolve("__copyinit__", Synthesized::FieldwiseCopy, fieldsCopyable,
          fieldsBitwiseCopy, life.copy, life.copyInit);
  if (info->isValue && !fieldsMovable)
    diags.report(info->decl->getNameRange(), DiagID::err_value_field_not_movable)
        << info->name;

  life.needsDestroy = fieldsNeedDestroy;
  if (FuncInfo *del = findWrittenMember(info, "__del__")) {
    life.destructor = instantiate(del, {}, del->nameRange);
    use(life.destructor);
    life.needsDestroy = true;
  }
  info->lifecycleState = State::Resolved;
  return life;
}
