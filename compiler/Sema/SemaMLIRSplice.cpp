//===- SemaMLIRSplice.cpp - `__mlir_type[...]` and `__mlir_attr[...]` ------===//
//
// A splice spells an MLIR type or attribute from pieces: text (a backtick
// name or a string literal) and compile-time values, concatenated.
//
//   struct Vec[size: Int]:
//       var value: __mlir_type[`vector<`, size, `xi64>`]
//   Vec[4]    ->   value: __mlir_type.`vector<4xi64>`
//
// An integer prints in decimal, a `Bool` as `true`/`false`, a string as its
// text, an MLIR type as its spelling, and a list of integers (a variadic
// parameter, a constant integer vector) as its elements, comma-separated. Pieces are evaluated with the
// bindings of the instance being checked, so each instance of `Vec` gets its
// own type. In a body checked once against its bounds (the stand-in
// `Vec[size]`, SemaStructGenerics.cpp) a parameter is an unknown value: the
// splice is then *symbolic*, spelled with the parameter's name
// (`vector<sizexi64>`), an MLIR type that makes what mentions it check-only,
// so it is never emitted, and that substitution does not rewrite (the
// instances are checked from the AST). Whether a spelling is valid MLIR is
// IRGen's to say, at the splice (TypeLowering.cpp).
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

#include "compiler/Basic/Budgets.h"

#include "llvm/ADT/StringExtras.h"

using namespace mojo;
using namespace mojo::sema;

/// A name written in backticks is text: `vector<`.
static bool isBacktickName(const ast::Expr &expr) {
  const char *start = expr.getRange().Start.getPointer();
  return llvm::isa<ast::NameExpr>(expr) && start && *start == '`';
}

/// What a piece that is no spelling is, for the diagnostic.
static std::string describeBadPiece(const CValue &value) {
  switch (value.kind) {
  case CValue::Kind::Type:
    return "the type `" + getTypeName(value.type) + "`, which is no MLIR type";
  case CValue::Kind::TypeList:
    return "a list of types";
  case CValue::Kind::List:
    return "a list of values that are not all integers";
  case CValue::Kind::Func:
    return "a function";
  case CValue::Kind::Struct:
    return "a value of `" + getTypeName(value.type) + "`";
  case CValue::Kind::Origin:
    return "an origin";
  default:
    return "`" + value.str() + "`";
  }
}

std::optional<Sema::MLIRSplice>
Sema::evaluateMLIRSplice(ModuleInfo *module, const ast::SubscriptExpr &expr,
                         llvm::StringRef what, const Bindings &bindings,
                         StructInfo *selfStruct) {
  const ast::ASTContext &ctx = module->ast->getContext();
  // A struct's parameters are in scope in its field types and aliases.
  Bindings scope = bindings;
  if (selfStruct)
    for (const auto &entry : selfStruct->paramValues)
      scope.try_emplace(entry.getKey(), entry.getValue());
  MLIRSplice splice;
  bool ok = true;
  for (const ast::Argument &arg : expr.getIndices()) {
    if (splice.spelling.size() > budget::kMaxStringBytes)
      break; // Reported below.
    const ast::Expr &piece = ctx.get(arg.value);
    if (arg.hasKeyword()) {
      diags.report(arg.range, DiagID::err_mlir_splice_keyword)
          << what << arg.keyword;
      ok = false;
      continue;
    }
    if (isBacktickName(piece)) {
      splice.spelling += llvm::cast<ast::NameExpr>(piece).getName();
      continue;
    }
    if (auto *str = llvm::dyn_cast<ast::StringLiteralExpr>(&piece)) {
      splice.spelling += str->getValue();
      continue;
    }
    // A name that no parameter, alias or type declares is a run-time
    // value, or a mistake: either way not something to splice.
    if (auto *name = llvm::dyn_cast<ast::NameExpr>(&piece)) {
      if (!scope.count(name->getName()) &&
          lookupGlobal(module, name->getName(), piece.getRange()).notFound) {
        diags.report(piece.getRange(), DiagID::err_mlir_splice_not_constant)
            << name->getName() << what;
        ok = false;
        continue;
      }
    }
    std::optional<CValue> value = evaluateConstant(module, arg.value, scope);
    if (!value) {
      ok = false;
      continue;
    }
    switch (value->kind) {
    case CValue::Kind::Int:
      splice.spelling += llvm::toString(value->intValue, 10);
      continue;
    case CValue::Kind::Bool:
      splice.spelling += value->boolValue ? "true" : "false";
      continue;
    case CValue::Kind::List:
    case CValue::Kind::MLIR: {
      // A variadic parameter of integers, or a constant vector of them
      // (`mask.data.value` of an `IndexList`), comma-separated: the mask
      // of `vector.shuffle` is `[`, mask, `]`.
      bool isList =
          value->kind == CValue::Kind::List || !value->fields.empty();
      if (!isList || !llvm::all_of(value->fields, [](const CValue &v) {
            return v.kind == CValue::Kind::Int;
          }))
        break;
      for (size_t i = 0; i < value->fields.size(); ++i)
        splice.spelling +=
            (i ? ", " : "") + llvm::toString(value->fields[i].intValue, 10);
      continue;
    }
    case CValue::Kind::String:
      splice.spelling += value->stringValue;
      continue;
    case CValue::Kind::Unknown:
      splice.symbolic = true;
      splice.spelling += value->stringValue.empty() ? "?" : value->stringValue;
      continue;
    case CValue::Kind::Type:
      if (auto *mlir = llvm::dyn_cast<MLIRType>(value->type)) {
        splice.symbolic |= mlir->isSymbolic();
        splice.spelling += mlir->getSpelling();
        continue;
      }
      if (llvm::isa<ErrorType>(value->type)) {
        ok = false;
        continue;
      }
      if (auto *archetype = llvm::dyn_cast<ArchetypeType>(value->type)) {
        // A type parameter checked against its bounds: its instances
        // may bind it to an MLIR type.
        splice.symbolic = true;
        splice.spelling += archetype->getInfo()->name;
        continue;
      }
      break;
    default:
      break;
    }
    diags.report(piece.getRange(), DiagID::err_mlir_splice_bad_piece)
        << what << describeBadPiece(*value);
    ok = false;
  }
  // Pieces can name one long string alias many times: the budget of a
  // compile-time string, checked before each piece is added.
  if (ok && !checkStringSize(diags, splice.spelling.size(), expr.getRange()))
    return std::nullopt;
  if (!ok)
    return std::nullopt;
  return splice;
}

Type Sema::resolveMLIRTypeSplice(ModuleInfo *module,
                                 const ast::SubscriptExpr &expr,
                                 const Bindings &bindings,
                                 StructInfo *selfStruct) {
  std::optional<MLIRSplice> splice =
      evaluateMLIRSplice(module, expr, "__mlir_type", bindings, selfStruct);
  if (!splice)
    return program->types.getErrorType();
  return program->types.getMLIRType(splice->spelling, expr.getRange(),
                                    splice->symbolic);
}
