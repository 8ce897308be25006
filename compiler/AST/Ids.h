//===- Ids.h - Typed handles to AST nodes ----------------------*- C++ -*-===//
//
// AST nodes live in per-module tables owned by an ASTContext and are named by
// small typed ids rather than pointers. An id is a 32-bit index; the three
// kinds (ExprId, StmtId, DeclId) are distinct types so one cannot be passed
// where another is expected. Ids are cheap hashable keys: later phases keep
// side tables as vectors indexed by `getIndex()` or as DenseMaps keyed by id.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_AST_IDS_H
#define MOJOC_AST_IDS_H

#include "llvm/ADT/DenseMapInfo.h"

#include <cstdint>

namespace mojo::ast {

/// A strong handle to one node of a table. `Tag` only distinguishes types.
template <typename Tag> class NodeId {
public:
  /// The "no node" value (an absent type annotation, a missing `else`).
  constexpr NodeId() = default;
  constexpr explicit NodeId(uint32_t index) : index(index) {}

  static constexpr NodeId none() { return NodeId(); }

  constexpr bool isValid() const { return index != kInvalid; }
  constexpr explicit operator bool() const { return isValid(); }
  /// The position in the context's table; dense from 0 per kind of id.
  constexpr uint32_t getIndex() const { return index; }

  friend constexpr bool operator==(NodeId a, NodeId b) {
    return a.index == b.index;
  }
  friend constexpr bool operator!=(NodeId a, NodeId b) {
    return a.index != b.index;
  }
  friend constexpr bool operator<(NodeId a, NodeId b) {
    return a.index < b.index;
  }

private:
  static constexpr uint32_t kInvalid = ~uint32_t(0);
  uint32_t index = kInvalid;
};

struct ExprTag {};
struct StmtTag {};
struct DeclTag {};

/// An expression, including every type expression (`List[Int]`).
using ExprId = NodeId<ExprTag>;
/// A statement of a block or of the module body.
using StmtId = NodeId<StmtTag>;
/// A named declaration: function, struct, trait, variable, alias, parameter,
/// import.
using DeclId = NodeId<DeclTag>;

} // namespace mojo::ast

namespace llvm {
template <typename Tag> struct DenseMapInfo<mojo::ast::NodeId<Tag>> {
  using Id = mojo::ast::NodeId<Tag>;
  static Id getEmptyKey() { return Id(~uint32_t(0) - 1); }
  static Id getTombstoneKey() { return Id(~uint32_t(0) - 2); }
  static unsigned getHashValue(Id id) {
    return DenseMapInfo<uint32_t>::getHashValue(id.getIndex());
  }
  static bool isEqual(Id a, Id b) { return a == b; }
};
} // namespace llvm

#endif
