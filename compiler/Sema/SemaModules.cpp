//===- SemaModules.cpp - Module loading, imports and global lookup --------===//
//
// Modules are parsed on first import and their declarations collected
// eagerly, but imports are resolved lazily, at lookup: that makes cyclic
// imports (the stdlib's `Int` and `Bool` use each other) simply work.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

#include "compiler/Parse/Parser.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace mojo;
using namespace mojo::sema;

ModuleInfo *Sema::addModule(unsigned bufferId, llvm::StringRef name) {
  auto owned = std::make_unique<ModuleInfo>();
  ModuleInfo *module = owned.get();
  module->name = name.str();
  module->bufferId = bufferId;
  module->path = sources.getBufferName(bufferId).str();
  module->ast = parseModule(sources, bufferId, diags);
  program->modules.push_back(std::move(owned));
  modulesByPath[module->path] = module;
  collectDecls(module);
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
  ModuleInfo *module = searchModule(dottedName, fromDir, range);
  if (module) // A missing module is reported wherever it is used.
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
      if (!llvm::sys::fs::is_regular_file(candidate))
        continue;
      if (ModuleInfo *existing = modulesByPath.lookup(candidate))
        return existing;
      auto bufferOrErr = sources.addFile(candidate);
      if (!bufferOrErr) {
        diags.report(range, DiagID::err_cannot_open_file)
            << candidate << llvm::toString(bufferOrErr.takeError());
        return nullptr;
      }
      return addModule(*bufferOrErr, dottedName);
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
  }
  return e;
}

Entity Sema::lookupImported(ModuleInfo *module, llvm::StringRef name,
                            SourceRange range) {
  // A file named without a directory (`mojoc run a.mojo`) is in the current
  // one; an empty directory would mean "search no directory" to loadModule.
  llvm::StringRef dir = llvm::sys::path::parent_path(module->path);
  if (dir.empty())
    dir = ".";
  for (const ast::Decl *decl : module->imports) {
    if (auto *from = llvm::dyn_cast<ast::FromImportDecl>(decl)) {
      bool wanted = from->isWildcard();
      llvm::StringRef importedName = name;
      for (const ast::ImportedName &n : from->getNames()) {
        llvm::StringRef visible = n.asName.empty() ? n.name : n.asName;
        if (visible == name) {
          wanted = true;
          importedName = n.name;
        }
      }
      if (!wanted)
        continue;
      ModuleInfo *target =
          loadModule(joinPath(from->getPath()), dir, from->getPathRange());
      if (!target)
        return Entity::error(range);
      Entity e = lookupGlobal(target, importedName, range);
      if (e.kind != Entity::Kind::Error || !from->isWildcard())
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
        e.module = loadModule(dotted, dir, m.pathRange);
        e.kind = e.module ? Entity::Kind::Module : Entity::Kind::Error;
        return e;
      }
    }
  }
  return Entity::error(range);
}

Entity Sema::lookupGlobal(ModuleInfo *module, llvm::StringRef name,
                          SourceRange range) {
  auto it = module->symbols.find(name);
  if (it != module->symbols.end())
    return symbolEntity(it->second, module, range);
  // Cyclic imports could send a failing lookup around forever.
  std::string key = module->path + "\n" + name.str();
  if (!lookupsInProgress.insert(key).second)
    return Entity::error(range);
  Entity e = lookupImported(module, name, range);
  if (e.kind == Entity::Kind::Error && prelude && module != prelude)
    e = lookupGlobal(prelude, name, range);
  lookupsInProgress.erase(key);
  return e;
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
