//===- SemaSuggestions.cpp - Unknown names, with "did you mean" -----------===//
//
// Every "unknown name" diagnostic goes through here, so that each offers
// the closest known name (TypoCorrection.h): undeclared names and types,
// missing members of values, types and modules, unknown keyword arguments
// and unknown decorators.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"
#include "compiler/Sema/TypoCorrection.h"

using namespace mojo;
using namespace mojo::sema;

/// The names `module`'s imports bring in: `from m import a as b` gives `b`,
/// `from m import *` every declaration of m, `import a.b` gives `a`.
void Sema::forEachImportedName(ModuleInfo *module,
                               llvm::function_ref<void(llvm::StringRef)> fn) {
  const ast::ASTContext &ctx = module->ast->getContext();
  for (ast::DeclId id : module->ast->getDecls()) {
    const ast::Decl &decl = ctx.get(id);
    if (auto *import = llvm::dyn_cast<ast::ImportDecl>(&decl)) {
      for (const ast::ImportedModule &m : import->getModules())
        fn(m.asName.empty() ? m.path.front() : m.asName);
      continue;
    }
    auto *from = llvm::dyn_cast<ast::FromImportDecl>(&decl);
    if (!from)
      continue;
    for (const ast::ImportedName &n : from->getNames())
      fn(n.asName.empty() ? n.name : n.asName);
    if (!from->isWildcard() || from->getPath().empty())
      continue;
    std::string path;
    for (llvm::StringRef part : from->getPath())
      path += (path.empty() ? "" : ".") + part.str();
    // Loaded (or reported missing) when the module was; this is a lookup.
    std::string dir = getImportDir(module, from->getLevel());
    if (ModuleInfo *target = loadModule(path, dir, from->getPathRange()))
      for (const auto &entry : target->symbols)
        fn(entry.getKey());
  }
}

void Sema::addGlobalCandidates(TypoCorrector &corrector, ModuleInfo *module,
                               bool typesOnly, bool withPrelude) {
  auto add = [&](llvm::StringRef name) {
    if (!typesOnly)
      return corrector.add(name);
    corrector.add(name, [&] {
      // A parametric struct names a type too (`List[Int]`, or `List`).
      Entity::Kind kind = lookupGlobal(module, name, SourceRange()).kind;
      return kind == Entity::Kind::Type || kind == Entity::Kind::GenericStruct;
    });
  };
  for (const auto &entry : module->symbols)
    add(entry.getKey());
  forEachImportedName(module, add);
  if (!withPrelude || !prelude || module == prelude)
    return;
  for (const auto &entry : prelude->symbols)
    add(entry.getKey());
  forEachImportedName(prelude, add);
  // `true` for `True`: the constants are keywords, not names in scope.
  for (const char *constant : {"True", "False", "None"})
    if (!typesOnly || llvm::StringRef(constant) == "None")
      corrector.add(constant);
}

void Sema::reportUndeclared(SourceRange range, llvm::StringRef name,
                            const TypoCorrector &corrector) {
  if (corrector.hasSuggestion())
    diags.report(range, DiagID::err_undeclared_name_suggest)
        << name << corrector.getSuggestion();
  else
    diags.report(range, DiagID::err_undeclared_name) << name;
}

void Sema::reportUndeclaredGlobal(ModuleInfo *module, llvm::StringRef name,
                                  SourceRange range, const Bindings &bindings,
                                  bool typesOnly) {
  TypoCorrector corrector(name);
  if (allowTypoCorrection()) {
    for (const auto &entry : bindings)
      if (!typesOnly || entry.getValue().kind == CValue::Kind::Type)
        corrector.add(entry.getKey());
    addGlobalCandidates(corrector, module, typesOnly);
  }
  reportUndeclared(range, name, corrector);
}

void Sema::reportNoMember(SourceRange range, llvm::StringRef owner,
                          llvm::StringRef name,
                          const TypoCorrector &corrector) {
  if (corrector.hasSuggestion())
    diags.report(range, DiagID::err_no_member_suggest)
        << owner << name << corrector.getSuggestion();
  else
    diags.report(range, DiagID::err_no_member) << owner << name;
}

void Sema::reportNoStructMember(SourceRange range, StructInfo *info,
                                llvm::StringRef name, bool withFields) {
  TypoCorrector corrector(name);
  if (!allowTypoCorrection())
    return reportNoMember(range, info->name, name, corrector);
  if (withFields)
    for (const Field &field : info->fields)
      corrector.add(field.name);
  for (const auto &entry : info->methods)
    corrector.add(entry.getKey());
  reportNoMember(range, info->name, name, corrector);
}

void Sema::reportNoModuleMember(SourceRange range, ModuleInfo *module,
                                llvm::StringRef name) {
  TypoCorrector corrector(name);
  if (allowTypoCorrection())
    addGlobalCandidates(corrector, module, /*typesOnly=*/false,
                        /*withPrelude=*/false);
  reportNoMember(range, module->name, name, corrector);
}

/// The decorators of Mojo 24.6; users cannot define their own.
void Sema::checkDecorators(llvm::ArrayRef<ast::Decorator> decorators) {
  static const char *const known[] = {
      "always_inline",     "no_inline",       "implicit",
      "staticmethod",      "value",           "register_passable",
      "nonmaterializable", "parameter",       "__copy_capture",
      "deprecated",        "doc_private",     "export",
      "explicit_destroy",  "__llvm_metadata", "__llvm_arg_metadata",
      "__named_result"};
  for (const ast::Decorator &d : decorators) {
    if (llvm::is_contained(known, d.name))
      continue;
    TypoCorrector corrector(d.name);
    for (const char *name : known)
      corrector.add(name);
    if (corrector.hasSuggestion())
      diags.report(d.nameRange, DiagID::err_unsupported_decorator_suggest)
          << d.name << corrector.getSuggestion();
    else
      diags.report(d.nameRange, DiagID::err_unsupported_decorator) << d.name;
  }
}

void BodyChecker::reportUndeclaredName(llvm::StringRef name,
                                       SourceRange range) {
  TypoCorrector corrector(name);
  if (!sema.allowTypoCorrection())
    return sema.reportUndeclared(range, name, corrector);
  for (const Scope &scope : scopes) {
    for (const auto &entry : scope.vars)
      corrector.add(entry.getKey());
    for (const auto &entry : scope.aliases)
      corrector.add(entry.getKey());
  }
  for (const auto &entry : bindings)
    corrector.add(entry.getKey());
  if (func.owner)
    corrector.add("Self");
  sema.addGlobalCandidates(corrector, module, /*typesOnly=*/false);
  sema.reportUndeclared(range, name, corrector);
}

std::string sema::describeUnknownKeyword(llvm::StringRef keyword,
                                         llvm::ArrayRef<ParamSlot> params) {
  TypoCorrector corrector(keyword, /*allowAbbreviations=*/true);
  for (const ParamSlot &slot : params)
    if (!slot.positionalOnly && !slot.fromPack && !slot.variadicElement &&
        !slot.isSelf)
      corrector.add(slot.name);
  std::string text = ("no parameter named `" + keyword + "`").str();
  if (corrector.hasSuggestion())
    text += ("; did you mean `" + corrector.getSuggestion() + "`?").str();
  return text;
}
