//===- SemaRebind.cpp - `rebind[T](value)`: one value seen as another type ===//
//
// `rebind` (builtin/rebind.mojo) reinterprets a value as a type the checker
// cannot prove equal to its own, typically two spellings of one SIMD type
// reached through different parameters. Its body is the hook
// `__rebind_cast[dest_type](src)`, decided per instance, once both types
// are concrete:
//
//   same type                 -> the value itself
//   structs of as many fields -> a struct of `dest_type` built from the
//                                source's fields, each rebound in turn
//   anything else             -> an error naming both types
//
// (MLIR types are interned: two leaves are equal only as one type.)
//
// Nothing is emitted for it beyond the fields' reads: the layouts are
// equal, so LLVM sees the same bits.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

/// The value `read()` reads (a path of fields from a local, read as often
/// as needed) as `dest`, or null when the layouts differ.
CExprPtr BodyChecker::rebindValue(llvm::function_ref<CExprPtr()> read,
                                  Type from, Type dest, SourceRange range,
                                  unsigned depth) {
  if (from == dest)
    return read();
  auto *fromStruct = llvm::dyn_cast<StructType>(from);
  auto *toStruct = llvm::dyn_cast<StructType>(dest);
  if (!fromStruct || !toStruct || llvm::isa<ArchetypeType>(from) ||
      llvm::isa<ArchetypeType>(dest) || depth > 64)
    return nullptr;
  StructInfo *fromInfo = fromStruct->getInfo(), *toInfo = toStruct->getInfo();
  sema.resolveFields(fromInfo);
  sema.resolveFields(toInfo);
  if (fromInfo->fields.size() != toInfo->fields.size())
    return nullptr;
  auto tuple = makeExpr(CExpr::Kind::Tuple, dest, range);
  for (size_t i = 0; i < fromInfo->fields.size(); ++i) {
    Type fromField = fromInfo->fields[i].type;
    auto readField = [&]() -> CExprPtr {
      auto field = makeExpr(CExpr::Kind::Field, fromField, range);
      field->fieldIndex = i;
      field->operands.push_back(read());
      return field;
    };
    CExprPtr element = rebindValue(readField, fromField,
                                   toInfo->fields[i].type, range, depth + 1);
    if (!element)
      return nullptr;
    tuple->operands.push_back(std::move(element));
  }
  return tuple;
}

Entity BodyChecker::checkRebindCast(const ast::SubscriptExpr &hook,
                                    const ast::CallExpr &call) {
  SourceRange range = call.getRange();
  if (hook.getIndices().size() != 1 || call.getArgs().size() != 1) {
    diags.report(range, DiagID::err_rebind_form);
    return Entity::error(range);
  }
  Type dest = resolveBodyType(hook.getIndices()[0].value);
  CExprPtr src = checkValue(call.getArgs()[0].value);
  if (!src || llvm::isa<ErrorType>(dest))
    return Entity::error(range);
  if (src->kind != CExpr::Kind::Local) {
    diags.report(range, DiagID::err_rebind_form);
    return Entity::error(range);
  }
  LocalVar *local = src->local;
  Type from = src->type;
  auto read = [&]() -> CExprPtr {
    auto e = makeExpr(CExpr::Kind::Local, from, range);
    e->local = local;
    return e;
  };
  CExprPtr result = rebindValue(read, from, dest, range, 0);
  if (!result) {
    // Reported in `rebind`'s instance; the notes lead to the user's call.
    auto diag = diags.report(range, DiagID::err_rebind_layout);
    diag << getTypeName(src->type) << getTypeName(dest);
    if (instance.instantiatedBy) {
      diag.note(instance.instantiatedAt, DiagID::note_instantiated_in)
          << describeInstance(&instance);
      sema.noteInstantiationChain(diag, &instance);
    }
    return Entity::error(range);
  }
  return valueEntity(std::move(result));
}
