//===- Value.h - The values the compile-time interpreter computes -*- C++ -*-===//
//
// The interpreter runs checked trees (SemIR/Checked.h), so its values have
// the shapes IRGen gives them at run time: a struct or tuple is an
// aggregate of its fields, and everything ends in leaves of MLIR types,
// held as MLIR attributes (an `index` is an IntegerAttr, a `vector<4xf32>`
// a DenseElementsAttr). Attributes are interned by their MLIRContext, so a
// leaf is a pointer, equal values are equal pointers, and MLIR's folders
// take them as they are. An `IntLiteral` keeps its arbitrary precision
// until a field read narrows it to `index`.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_COMPTIME_VALUE_H
#define MOJOC_COMPTIME_VALUE_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"

#include "llvm/ADT/APSInt.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mojo::sema {
struct FuncInstance;
} // namespace mojo::sema

namespace mojo::comptime {

struct Value {
  enum class Kind : uint8_t {
    Undef,     ///< not initialized yet, or moved out of
    Leaf,      ///< an MLIR value (`leaf`)
    Literal,   ///< an `IntLiteral` (`literal`, exact)
    Aggregate, ///< a struct's or tuple's `fields`, in order
    Pointer,   ///< byte `offset` into the interpreter's `allocation`
               ///< (Memory.h; allocation 0 is null)
    Func,      ///< the function `func`, as a value
    None,      ///< the value `None`
    /// A `StringLiteral` (`text`): passed, returned and compared as a
    /// whole, until a field is read: then it becomes its bytes' pointer
    /// and its length (Interpreter::stringField).
    String,
  };
  Kind kind = Kind::Undef;
  mlir::TypedAttr leaf;
  llvm::APSInt literal;
  std::vector<Value> fields;
  unsigned allocation = 0;
  uint64_t offset = 0;
  const sema::FuncInstance *func = nullptr;
  std::string text;

  static Value ofLeaf(mlir::TypedAttr attr) {
    Value v;
    v.kind = Kind::Leaf;
    v.leaf = attr;
    return v;
  }
  static Value ofLiteral(llvm::APSInt value) {
    Value v;
    v.kind = Kind::Literal;
    v.literal = std::move(value);
    return v;
  }
  static Value ofFields(std::vector<Value> fields) {
    Value v;
    v.kind = Kind::Aggregate;
    v.fields = std::move(fields);
    return v;
  }
  static Value ofString(std::string text) {
    Value v;
    v.kind = Kind::String;
    v.text = std::move(text);
    return v;
  }
  static Value ofNone() {
    Value v;
    v.kind = Kind::None;
    return v;
  }
  bool isUndef() const { return kind == Kind::Undef; }
};

} // namespace mojo::comptime

#endif
