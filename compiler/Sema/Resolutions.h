//===- Resolutions.h - What each name and expression resolved to -*- C++ -*-===//
//
// The table a language server queries by position: for each module, the
// source ranges Sema resolved (names, members, calls, type annotations,
// every checked expression) with the declaration each one names and the
// type it has. Sema fills it only when asked (SemaOptions::resolutions);
// otherwise recording costs one null test.
//
//   const Resolution *r = table.lookup(bufferId, offset);
//   if (r && r->declKind == DeclKind::Variable) ... r->declRange ...
//
// Entries point into the Program (types, names) and the SourceManager
// (ranges), so the table is valid while both live; a Session keeps the
// three together. Memory is one entry per resolved range: linear in the
// size of the checked code (a generic body checked for several instances
// records its ranges once per instance until `finish` merges them).
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_RESOLUTIONS_H
#define MOJOC_SEMA_RESOLUTIONS_H

#include "compiler/Basic/SourceManager.h"
#include "compiler/SemIR/Types.h"

#include "llvm/ADT/DenseMap.h"

#include <vector>

namespace mojo::sema {

/// What kind of declaration a name resolved to. (A name of an `alias`
/// resolves to what the alias denotes: a struct, or a constant's type.)
enum class DeclKind : uint8_t {
  None,      ///< nothing (a literal, an operator's result): a type only
  Variable,  ///< a `var`, or a name declared by assignment
  Parameter, ///< an argument of the enclosing function
  Function,  ///< a function or method (the overload the call chose)
  Struct,
  Field,
  Trait,
  Module,
};

struct Resolution {
  /// Byte offsets of the resolved range in its module's buffer.
  uint32_t begin = 0;
  uint32_t end = 0;
  /// Within the buffer's entries (sorted), the innermost entry that
  /// contains this one, or -1: lookup walks these, so a query costs the
  /// nesting depth, not the number of entries.
  int32_t parent = -1;
  DeclKind declKind = DeclKind::None;
  /// The declaration's name, and where it is declared (its name's range;
  /// the start of the file for a module).
  llvm::StringRef declName;
  SourceRange declRange;
  /// The type of the value, or the type a type expression names; null
  /// when none is known (a function name, a module).
  Type type = nullptr;
};

class ResolutionTable {
public:
  /// Records that `range` in `bufferId` (whose text starts at
  /// `bufferStart`) resolved to `r`'s declaration and type. Recording the
  /// same range again fills in what was not known and replaces the
  /// declaration (a call refines the overload set its name denoted).
  void record(unsigned bufferId, const char *bufferStart, SourceRange range,
              const Resolution &r);
  /// Sorts and merges the entries; lookups need it done (Sema does it at
  /// the end of a check).
  void finish();

  /// The innermost entry whose range holds the byte at `offset` of
  /// `bufferId`, or null. (An editor whose cursor sits just after a name
  /// asks again at `offset - 1`.)
  const Resolution *lookup(unsigned bufferId, uint32_t offset) const;
  /// The sorted entries of one buffer.
  llvm::ArrayRef<Resolution> getEntries(unsigned bufferId) const;
  size_t size() const;

private:
  llvm::DenseMap<unsigned, std::vector<Resolution>> buffers;
};

} // namespace mojo::sema

#endif
