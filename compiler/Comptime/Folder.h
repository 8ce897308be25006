//===- Folder.h - `__mlir_op`s evaluated on constants ----------*- C++ -*-===//
//
// The compile-time interpreter's primitive operations. An `__mlir_op` on
// constant operands is built as the real op and folded by the op's own
// folder (`Operation::fold`), so anything MLIR can fold evaluates, and
// means exactly what its lowering means at run time. The integer ops the
// stdlib's `Int` and `Bool` are made of take a direct path that skips
// building the op, for speed: they are most of what compile-time code runs.
// Division by zero is an error here, not a folded value. `vector.reduction`,
// which MLIR 19 does not fold, is computed here.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_COMPTIME_FOLDER_H
#define MOJOC_COMPTIME_FOLDER_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/IR/Types.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <utility>
#include <vector>

namespace mlir {
class MLIRContext;
class Block;
} // namespace mlir

namespace mojo::comptime {

class Folder {
public:
  explicit Folder(mlir::MLIRContext &context);
  ~Folder();

  mlir::MLIRContext &getContext() const { return context; }
  /// The MLIR type spelled `spelling`, or null.
  mlir::Type getType(llvm::StringRef spelling);
  /// The constant `text` (an attribute) of type `type`, or null.
  mlir::TypedAttr parseConstant(llvm::StringRef text, mlir::Type type);
  /// The attribute's text without its type (`1.5`, `dense<...>`), which
  /// is parsed back against the type it belongs to.
  static std::string print(mlir::Attribute attr);

  /// Evaluates the op `name` with `attributes` (name, text) on
  /// `operands`, giving `resultTypes`. On failure returns false and says
  /// why in `reason`.
  bool fold(llvm::StringRef name,
            llvm::ArrayRef<std::pair<std::string, std::string>> attributes,
            llvm::ArrayRef<mlir::TypedAttr> operands,
            llvm::ArrayRef<mlir::Type> resultTypes,
            llvm::SmallVectorImpl<mlir::TypedAttr> &results,
            std::string &reason);

private:
  /// The attribute spelled `text` (parsed once), or null.
  mlir::Attribute getAttribute(llvm::StringRef text);
  /// The direct path for scalar integer ops: appends the result and
  /// returns true, or returns false for anything else (left to MLIR).
  bool foldInteger(llvm::StringRef name,
                   llvm::ArrayRef<mlir::TypedAttr> operands,
                   llvm::ArrayRef<std::pair<std::string, std::string>> attributes,
                   llvm::ArrayRef<mlir::Type> resultTypes,
                   llvm::SmallVectorImpl<mlir::TypedAttr> &results);

  mlir::MLIRContext &context;
  llvm::StringMap<mlir::Type> types;
  llvm::StringMap<mlir::Attribute> attributeTexts;
};

} // namespace mojo::comptime

#endif
