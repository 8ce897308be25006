//===- SemaModules.cpp - Module loading, imports and global lookup --------===//
//
// Modules are parsed on first import and their declarations collected
// eagerly, but imports are resolved lazily, at lookup: that makes cyclic
// imports (the stdlib's `Int` and `Bool` use each other) simply work.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

#include "compiler/Basic/ModuleLoader.h"
#include "compiler/Sema/ModuleProvider.h"
#include "compiler/Parse/Parser.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace mojo;
using namespace mojo::sema;

mojo::ModuleProvider::~ModuleProvider() = default;

ModuleInfo *Sema::addModule(unsigned bufferId, llvm::StringRef name) {
  auto owned = std::make_unique<ModuleInfo>();
  ModuleInfo *module = owned.get();
  module->name = name.str();
  module->bufferId = bufferId;
  module->path = sources.getBufferName(bufferId).str();
  if (options.modules)
    module->ast = options.modules->getModule(sources, bufferId, diags);
  else
    module->ast = parseModule(sources, bufferId, diags);
  program->modules.push_back(std::move(owned));
  modulesByPath[module->path] = module;
  collectDecls(module);
  checkImports(module);
  return module;
}

/// Finds `a.b.c` as `a/b/c.mojo` or `a/b/c/__init__.mojo` under the
/// importing file's directory, the `-I` paths, then the stdlib.
ModuleInfo *Sema::loadModule(llvm::StringRef dottedName,
                             llvm::StringRef fromDir, SourceRange range) {
  // Imports are resolved at every lookup of an imported name, so the search
  // is done once per (directory, module) and remembered.
  std::string key = (fromDir + "\n" + dottedName).str();
  auto found = modulesByImport.find(key);
  if (found != modulesByImport.end())
    return found->second;
  // A failure is remembered too: a missing module is reported once, at the
  // import that names it (checkImports), however often its names are used.
  ModuleInfo *module = searchModule(dottedName, fromDir, range);
  modulesByImport[key] = module;
  return module;
}

ModuleInfo *Sema::searchModule(llvm::StringRef dottedName,
                               llvm::StringRef fromDir, SourceRange range) {
  llvm::SmallVector<llvm::StringRef, 4> parts;
  dottedName.split(parts, '.');
  std::vector<std::string> roots;
  if (!fromDir.empty())
    roots.push_back(fromDir.str());
  roots.insert(roots.end(), options.importPaths.begin(),
               options.importPaths.end());
  roots.push_back(options.stdlibDir);
  for (const std::string &root : roots) {
    llvm::SmallString<256> base(root);
    for (llvm::StringRef part : parts)
      llvm::sys::path::append(base, part);
    for (const char *suffix : {".mojo", "/__init__.mojo"}) {
      std::string candidate = (base + suffix).str();
      if (!options.loader->exists(candidate))
        continue;
      if (ModuleInfo *existing = modulesByPath.lookup(candidate))
        return existing;
      std::optional<unsigned> buffer =
          loadSource(*options.loader, sources, diags, candidate, range);
      return buffer ? addModule(*buffer, dottedName) : nullptr;
    }
  }
  diags.report(range, DiagID::err_module_not_found) << dottedName;
  return nullptr;
}

static std::string joinPath(llvm::ArrayRef<llvm::StringRef> path) {
  std::string s;
  for (size_t i = 0; i < path.size(); ++i)
    s += (i ? "." : "") + path[i].str();
  return s;
}

static Entity symbolEntity(const Symbol &symbol, ModuleInfo *module,
                           SourceRange range) {
  Entity e;
  e.range = range;
  switch (symbol.kind) {
  case Symbol::Kind::Struct:
    if (symbol.generic) {
      e.kind = Entity::Kind::GenericStruct;
      e.generic = symbol.generic;
      break;
    }
    e.kind = Entity::Kind::Type;
    e.type = symbol.structInfo->type;
    break;
  case Symbol::Kind::Funcs:
    e.kind = Entity::Kind::Funcs;
    e.funcs = symbol.funcs;
    break;
  case Symbol::Kind::Trait:
    e.kind = Entity::Kind::Trait;
    e.trait = symbol.trait;
    break;
  case Symbol::Kind::Alias:
    e.kind = Entity::Kind::Alias;
    e.alias = symbol.aliasDecl;
    e.aliasModule = module;
    break;
  case Symbol::Kind::Poisoned:
    break; // An Error entity, already reported.
  }
  return e;
}

std::string Sema::getImportDir(const ModuleInfo *module, unsigned level) {
  llvm::SmallString<256> dir(llvm::sys::path::parent_path(module->path));
  if (level > 1) {
    (void)llvm::sys::fs::make_absolute(dir);
    for (unsigned i = 1; i < level; ++i)
      llvm::sys::path::remove_filename(dir);
  }
  return dir.empty() ? "." : std::string(dir);
}

/// `from . import sub` has no module path: each name is a module of the
/// package directory.
static bool importsModules(const ast::FromImportDecl &from) {
  return from.getPath().empty();
}

Entity Sema::lookupImported(ModuleInfo *module, llvm::StringRef name,
                            SourceRange range) {
  std::string dir = getImportDir(module, 0);
  // A wildcard import of a broken module might have provided any name.
  bool poisoned = false;
  for (const ast::Decl *decl : module->imports) {
    if (auto *from = llvm::dyn_cast<ast::FromImportDecl>(decl)) {
      const ast::ImportedName *named = nullptr;
      for (const ast::ImportedName &n : from->getNames())
        if ((n.asName.empty() ? n.name : n.asName) == name)
          named = &n;
      if (!named && !from->isWildcard())
        continue;
      std::string fromDir = getImportDir(module, from->getLevel());
      if (importsModules(*from)) {
        if (!named)
          continue;
        Entity e = Entity::error(range);
        e.module = loadModule(named->name, fromDir, named->nameRange);
        if (e.module)
          e.kind = Entity::Kind::Module;
        return e;
      }
      ModuleInfo *target =
          loadModule(joinPath(from->getPath()), fromDir, from->getPathRange());
      if (!target) {
        if (named)
          return Entity::error(range);
        poisoned = true;
        continue;
      }
      Entity e = lookupMember(target, named ? named->name : name, range);
      if (named && e.notFound) // Reported at the import.
        return Entity::error(range);
      if (!e.notFound)
        return e;
      continue;
    }
    if (auto *import = llvm::dyn_cast<ast::ImportDecl>(decl)) {
      for (const ast::ImportedModule &m : import->getModules()) {
        llvm::StringRef visible = m.asName.empty() ? m.path.front() : m.asName;
        if (visible != name)
          continue;
        // `import a.b` binds `a`; `import a.b as c` binds the module a.b.
        std::string dotted = m.asName.empty() ? m.path.front().str()
                                              : joinPath(m.path);
        Entity e;
        e.range = range;
        // A broken `import a.b` was reported at the import.
        if (!loadModule(joinPath(m.path), dir, m.pathRange))
          return e;
        e.module = loadModule(dotted, dir, m.pathRange);
        e.kind = e.module ? Entity::Kind::Module : Entity::Kind::Error;
        return e;
      }
    }
  }
  return poisoned ? Entity::error(range) : Entity::missing(range);
}

void Sema::checkImports(ModuleInfo *module) {
  const ast::ASTContext &ctx = module->ast->getContext();
  std::string dir = getImportDir(module, 0);
  for (ast::DeclId id : module->ast->getDecls()) {
    const ast::Decl &decl = ctx.get(id);
    if (auto *import = llvm::dyn_cast<ast::ImportDecl>(&decl)) {
      for (const ast::ImportedModule &m : import->getModules())
        (void)loadModule(joinPath(m.path), dir, m.pathRange);
      continue;
    }
    auto *from = llvm::dyn_cast<ast::FromImportDecl>(&decl);
    if (!from)
      continue;
    std::string fromDir = getImportDir(module, from->getLevel());
    if (importsModules(*from)) {
      for (const ast::ImportedName &n : from->getNames())
        (void)loadModule(n.name, fromDir, n.nameRange);
      continue;
    }
    std::string path = joinPath(from->getPath());
    ModuleInfo *target = loadModule(path, fromDir, from->getPathRange());
    if (!target)
      continue;
    for (const ast::ImportedName &n : from->getNames())
      if (lookupMember(target, n.name, n.nameRange).notFound)
        diags.report(n.nameRange, DiagID::err_import_name_not_found)
            << path << n.name;
  }
}

Entity Sema::lookupMember(ModuleInfo *module, llvm::StringRef name,
                          SourceRange range) {
  auto it = module->symbols.find(name);
  if (it != module->symbols.end())
    return symbolEntity(it->second, module, range);
  // Cyclic imports could send a failing lookup around forever.
  std::string key = module->path + "\n" + name.str();
  if (!lookupsInProgress.insert(key).second)
    return Entity::missing(range);
  Entity e = lookupImported(module, name, range);
  lookupsInProgress.erase(key);
  if (e.notFound)
    if (ModuleInfo *sub = findSubmodule(module, name)) {
      e = Entity::error(range);
      e.kind = Entity::Kind::Module;
      e.module = sub;
    }
  return e;
}

/// A package's modules are its members too (`from sys import info`,
/// `sys.info.is_x86()`), as in Python: `name.mojo` or `name/__init__.mojo`
/// beside the package's `__init__.mojo`.
ModuleInfo *Sema::findSubmodule(ModuleInfo *package, llvm::StringRef name) {
  if (llvm::sys::path::filename(package->path) != "__init__.mojo" ||
      name.empty() || name.contains('/') || name.contains('.'))
    return nullptr;
  // Every name a package's own code does not declare comes here; the
  // file system is asked once per name.
  auto [cached, isNew] =
      submodules.try_emplace(package->path + "\n" + name.str(), nullptr);
  if (!isNew)
    return cached->second;
  llvm::SmallString<256> base(llvm::sys::path::parent_path(package->path));
  llvm::sys::path::append(base, name);
  ModuleInfo *found = nullptr;
  for (const char *suffix : {".mojo", "/__init__.mojo"}) {
    std::string candidate = (base + suffix).str();
    if (!options.loader->exists(candidate))
      continue;
    found = modulesByPath.lookup(candidate);
    if (!found)
      if (std::optional<unsigned> buffer = loadSource(
              *options.loader, sources, diags, candidate, SourceRange()))
        found = addModule(*buffer, package->name + "." + name.str());
    break;
  }
  submodules[package->path + "\n" + name.str()] = found;
  return found;
}

Entity Sema::lookupGlobal(ModuleInfo *module, llvm::StringRef name,
                          SourceRange range) {
  Entity e = lookupMember(module, name, range);
  if (e.notFound && prelude && module != prelude)
    e = lookupMember(prelude, name, range);
  return e;
}

TraitInfo *Sema::getHookTrait(llvm::StringRef name) {
  Entity e = lookupGlobal(prelude, name, SourceRange());
  return e.kind == Entity::Kind::Trait ? e.trait : nullptr;
}

Type Sema::getHookType(llvm::StringRef name) {
  // Asked for every literal and condition; the prelude never changes.
  Type &type = hookTypes[name];
  if (!type) {
    Entity e = lookupGlobal(prelude, name, SourceRange());
    type = e.kind == Entity::Kind::Type ? e.type
                                        : program->types.getErrorType();
  }
  return type;
}

GenericStruct *Sema::getHookGeneric(llvm::StringRef name) {
  Entity e = lookupGlobal(prelude, name, SourceRange());
  return e.kind == Entity::Kind::GenericStruct ? e.generic : nullptr;
}
