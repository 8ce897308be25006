//===- Decl.h - Declaration nodes ------------------------------*- C++ -*-===//
//
// Declarations: everything that introduces a name (functions, structs,
// traits, variables and fields, aliases, parameters) plus imports. Sema's
// "resolved declaration" tables map a NameExpr's ExprId to a DeclId.
//
//   fn f[T: AnyType, //, n: Int](x: T, /, *rest: Int, flag: Bool) raises -> T
//        ^ getParams() (compile-time)  ^ getArgs() (run-time)
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_AST_DECL_H
#define MOJOC_AST_DECL_H

#include "compiler/AST/Stmt.h"

namespace mojo::ast {

/// `@name` or `@name(args)`; `@always_inline("nodebug")`, `@value`. Dotted
/// names (`@a.b`) are kept as one string "a.b". Any name is accepted here;
/// Sema decides which decorators exist.
struct Decorator {
  llvm::StringRef name;
  SourceRange nameRange;
  bool hasArgs = false; ///< `@f()` versus `@f`.
  llvm::ArrayRef<Argument> args;
  SourceRange range; ///< From `@` to the end of the line's content.
};

/// The number of Decl kinds (size of per-kind tables).
constexpr unsigned kNumDeclKinds = 0
#define DECL(Name) +1
#include "compiler/AST/DeclNodes.def"
    ;

/// Base of every declaration node.
class Decl {
public:
  enum class Kind : uint8_t {
#define DECL(Name) Name,
#include "compiler/AST/DeclNodes.def"
  };
  using IdType = DeclId;

  Decl(const Decl &) = delete;
  Decl &operator=(const Decl &) = delete;

  Kind getKind() const { return kind; }
  DeclId getId() const { return id; }
  /// The whole declaration, decorators included.
  SourceRange getRange() const { return range; }
  SourceLoc getStartLoc() const { return range.Start; }
  SourceLoc getEndLoc() const { return range.End; }
  /// The declared name (unquoted); empty for imports and unnamed function
  /// type parameters.
  llvm::StringRef getName() const { return name; }
  SourceRange getNameRange() const { return nameRange; }

  /// "FuncDecl", "ParamDecl", ... as printed by the dumper.
  static llvm::StringRef getKindName(Kind kind);

protected:
  Decl(Kind kind, SourceRange range, llvm::StringRef name,
       SourceRange nameRange)
      : kind(kind), range(range), name(name), nameRange(nameRange) {}

private:
  friend class ASTContext;
  Kind kind;
  DeclId id;
  SourceRange range;
  llvm::StringRef name;
  SourceRange nameRange;
};

//===-- Parameters ----------------------------------------------------------===//

/// The argument convention written before a parameter's name.
enum class Convention : uint8_t {
  Default, ///< none written: `read` (fn) or `read`-with-copy (def)
  Read, Mut, Owned, Out, Ref,
  Inout,   ///< deprecated spelling of `mut`
  Borrowed ///< deprecated spelling of `read`
};
llvm::StringRef getSpelling(Convention convention);

/// Where a parameter sits relative to the `//`, `/` and `*` markers.
enum class ParamKind : uint8_t {
  PositionalOrKeyword,
  PositionalOnly, ///< before `/`
  KeywordOnly,    ///< after `*` or `*args`
  InferOnly       ///< before `//` (compile-time lists only)
};
llvm::StringRef getSpelling(ParamKind kind);

/// One parameter of a `[...]` or `(...)` list, or of a function type.
class ParamDecl : public Decl {
public:
  struct Info {
    Convention convention = Convention::Default;
    ParamKind kind = ParamKind::PositionalOrKeyword;
    bool compileTime = false;  ///< declared in `[...]`
    bool variadic = false;     ///< `*name`
    bool kwVariadic = false;   ///< `**name`
    bool hasRefOrigins = false;
    llvm::ArrayRef<ExprId> refOrigins; ///< `ref [a, b] x`
    ExprId type;         ///< None when omitted (`self`, untyped `def` args)
    ExprId defaultValue; ///< None when no `= value`
  };
  ParamDecl(SourceRange range, llvm::StringRef name, SourceRange nameRange,
            const Info &info)
      : Decl(Kind::Param, range, name, nameRange), info(info) {}
  Convention getConvention() const { return info.convention; }
  ParamKind getParamKind() const { return info.kind; }
  bool isCompileTime() const { return info.compileTime; }
  bool isVariadic() const { return info.variadic; }
  bool isKwVariadic() const { return info.kwVariadic; }
  bool hasRefOrigins() const { return info.hasRefOrigins; }
  llvm::ArrayRef<ExprId> getRefOrigins() const { return info.refOrigins; }
  ExprId getType() const { return info.type; }
  ExprId getDefault() const { return info.defaultValue; }
  MOJO_AST_CLASSOF(Decl, Param)

private:
  Info info;
};

/// A `[...]` or `(...)` list. The `//`, `/` and bare `*` markers are not
/// entries; each ParamDecl's kind says which side of them it is on, and the
/// marker positions (index of the first entry after the marker) are kept.
struct ParamList {
  static constexpr uint32_t kNoMarker = ~uint32_t(0);
  bool present = false; ///< The brackets were written.
  llvm::ArrayRef<DeclId> params;
  SourceRange range; ///< Brackets included.
  uint32_t inferOnlyEnd = kNoMarker;     ///< position of `//`
  uint32_t positionalOnlyEnd = kNoMarker; ///< position of `/`
  uint32_t bareStar = kNoMarker;         ///< position of a bare `*`
};

//===-- Functions and types -----------------------------------------------===//

/// `fn`/`def` declaration, a method, or a trait method signature.
class FuncDecl : public Decl {
public:
  struct Info {
    bool isDef = false;
    bool isAsync = false;
    llvm::ArrayRef<Decorator> decorators;
    ParamList params; ///< compile-time `[...]`
    ParamList args;   ///< run-time `(...)`
    FunctionEffects effects;
    ExprId result;    ///< after `->`; may be a RefType; None when omitted
    llvm::StringRef resultName; ///< legacy `-> T as name`
    SourceRange resultNameRange;
    Block body;
    bool isStub = false; ///< the body is only `...` (trait requirement)
    llvm::StringRef docstring;
  };
  FuncDecl(SourceRange range, llvm::StringRef name, SourceRange nameRange,
           const Info &info)
      : Decl(Kind::Func, range, name, nameRange), info(info) {}
  bool isDef() const { return info.isDef; }
  bool isAsync() const { return info.isAsync; }
  llvm::ArrayRef<Decorator> getDecorators() const { return info.decorators; }
  /// The first decorator spelled `name`, or null.
  const Decorator *findDecorator(llvm::StringRef name) const;
  const ParamList &getParams() const { return info.params; }
  const ParamList &getArgs() const { return info.args; }
  const FunctionEffects &getEffects() const { return info.effects; }
  bool raises() const { return info.effects.raises; }
  ExprId getResult() const { return info.result; }
  llvm::StringRef getResultName() const { return info.resultName; }
  SourceRange getResultNameRange() const { return info.resultNameRange; }
  Block getBody() const { return info.body; }
  bool isStub() const { return info.isStub; }
  llvm::StringRef getDocstring() const { return info.docstring; }
  MOJO_AST_CLASSOF(Decl, Func)

private:
  Info info;
};

/// `struct Name[params](Traits...): members`.
class StructDecl : public Decl {
public:
  struct Info {
    llvm::ArrayRef<Decorator> decorators;
    ParamList params;
    bool hasTraitList = false;
    llvm::ArrayRef<ExprId> traits;
    /// Fields (VarDecl with isField), methods (FuncDecl), AliasDecls, and
    /// any other declaration written in the body, in source order.
    llvm::ArrayRef<DeclId> members;
    llvm::StringRef docstring;
  };
  StructDecl(SourceRange range, llvm::StringRef name, SourceRange nameRange,
             const Info &info)
      : Decl(Kind::Struct, range, name, nameRange), info(info) {}
  llvm::ArrayRef<Decorator> getDecorators() const { return info.decorators; }
  const Decorator *findDecorator(llvm::StringRef name) const;
  const ParamList &getParams() const { return info.params; }
  llvm::ArrayRef<ExprId> getTraits() const { return info.traits; }
  llvm::ArrayRef<DeclId> getMembers() const { return info.members; }
  llvm::StringRef getDocstring() const { return info.docstring; }
  MOJO_AST_CLASSOF(Decl, Struct)

private:
  Info info;
};

/// `trait Name(Parents...): members` (method signatures and aliases).
class TraitDecl : public Decl {
public:
  struct Info {
    llvm::ArrayRef<Decorator> decorators;
    llvm::ArrayRef<ExprId> parents;
    llvm::ArrayRef<DeclId> members;
    llvm::StringRef docstring;
  };
  TraitDecl(SourceRange range, llvm::StringRef name, SourceRange nameRange,
            const Info &info)
      : Decl(Kind::Trait, range, name, nameRange), info(info) {}
  llvm::ArrayRef<Decorator> getDecorators() const { return info.decorators; }
  llvm::ArrayRef<ExprId> getParents() const { return info.parents; }
  llvm::ArrayRef<DeclId> getMembers() const { return info.members; }
  llvm::StringRef getDocstring() const { return info.docstring; }
  MOJO_AST_CLASSOF(Decl, Trait)

private:
  Info info;
};

//===-- Variables and aliases ---------------------------------------------===//

/// One name of a `var` statement (the initializer lives on the VarStmt), or
/// a struct field `var x: T`.
class VarDecl : public Decl {
public:
  VarDecl(SourceRange range, llvm::StringRef name, SourceRange nameRange,
          ExprId type, bool isField)
      : Decl(Kind::Var, range, name, nameRange), type(type), field(isField) {}
  /// The annotation, or None.
  ExprId getType() const { return type; }
  /// Declared directly in a struct body.
  bool isField() const { return field; }
  MOJO_AST_CLASSOF(Decl, Var)

private:
  ExprId type;
  bool field;
};

/// `alias X = v`, `alias X: T = v`, or the trait requirement `alias X: T`.
class AliasDecl : public Decl {
public:
  AliasDecl(SourceRange range, llvm::StringRef name, SourceRange nameRange,
            ExprId type, ExprId value)
      : Decl(Kind::Alias, range, name, nameRange), type(type), value(value) {}
  ExprId getType() const { return type; }
  /// None for an associated alias requirement in a trait.
  ExprId getValue() const { return value; }
  MOJO_AST_CLASSOF(Decl, Alias)

private:
  ExprId type, value;
};

//===-- Imports -----------------------------------------------------------===//

/// One `a.b.c [as d]` of an `import` statement.
struct ImportedModule {
  llvm::ArrayRef<llvm::StringRef> path;
  SourceRange pathRange;
  llvm::StringRef asName; ///< Empty without `as`.
  SourceRange asNameRange;
  SourceRange range;
};

/// `import a.b as c, d`.
class ImportDecl : public Decl {
public:
  ImportDecl(SourceRange range, llvm::ArrayRef<ImportedModule> modules)
      : Decl(Kind::Import, range, {}, {}), modules(modules) {}
  llvm::ArrayRef<ImportedModule> getModules() const { return modules; }
  MOJO_AST_CLASSOF(Decl, Import)

private:
  llvm::ArrayRef<ImportedModule> modules;
};

/// One `name [as alias]` of a from-import.
struct ImportedName {
  llvm::StringRef name;
  SourceRange nameRange;
  llvm::StringRef asName; ///< Empty without `as`.
  SourceRange asNameRange;
  SourceRange range;
};

/// `from ..pkg.mod import a as b, c` or `from .x import *`.
class FromImportDecl : public Decl {
public:
  FromImportDecl(SourceRange range, unsigned level,
                 llvm::ArrayRef<llvm::StringRef> path, SourceRange pathRange,
                 bool wildcard, llvm::ArrayRef<ImportedName> names)
      : Decl(Kind::FromImport, range, {}, {}), level(level), path(path),
        pathRange(pathRange), wildcard(wildcard), names(names) {}
  /// The number of leading dots: 0 for an absolute import.
  unsigned getLevel() const { return level; }
  /// The dotted module path; empty for `from . import x`.
  llvm::ArrayRef<llvm::StringRef> getPath() const { return path; }
  SourceRange getPathRange() const { return pathRange; }
  bool isWildcard() const { return wildcard; }
  llvm::ArrayRef<ImportedName> getNames() const { return names; }
  MOJO_AST_CLASSOF(Decl, FromImport)

private:
  unsigned level;
  llvm::ArrayRef<llvm::StringRef> path;
  SourceRange pathRange;
  bool wildcard;
  llvm::ArrayRef<ImportedName> names;
};

} // namespace mojo::ast

#endif
