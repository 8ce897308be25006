//===- Layout.h - The target's memory layout of the language's types -*- C++ -*-===//
//
// What `sizeof[T]()` answers and where the interpreter's memory
// (Memory.h) puts each field: the layout IRGen gives a type in memory
// (IRGen/TypeLowering.cpp, getStorageType), computed the same way. A
// struct is an LLVM struct of its fields' storage, a struct of one field
// is stored as that field, `index` is stored as the target's word, and
// LLVM's DataLayout for the target (TargetFacts::dataLayout) places the
// fields. So a size or offset computed at compile time is the one the
// program uses at run time.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_COMPTIME_LAYOUT_H
#define MOJOC_COMPTIME_LAYOUT_H

#include "compiler/SemIR/Types.h"

#include "mlir/IR/Types.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/LLVMContext.h"

#include <optional>

namespace llvm {
class Type;
} // namespace llvm

namespace mojo::comptime {

class Folder;

class Layouts {
public:
  Layouts(Folder &folder, llvm::StringRef dataLayout);
  ~Layouts();

  struct Size {
    uint64_t bytes = 0; ///< with padding to the alignment, as an array
                        ///< element or `sizeof` has it
    uint64_t align = 1;
  };
  /// The size of `type`; none for a type with no memory form (an MLIR
  /// type that is not a value IRGen can store).
  std::optional<Size> getSize(sema::Type type);
  /// The size of the MLIR leaf type `leaf` as stored (`index` as a word).
  std::optional<Size> getLeafSize(mlir::Type leaf);
  /// The offset of field `field` of the struct or tuple `type`, which has
  /// a size.
  uint64_t getFieldOffset(sema::Type type, unsigned field);
  const llvm::DataLayout &getDataLayout() const { return dataLayout; }

private:
  llvm::Type *getLLVMType(sema::Type type);
  llvm::Type *getLLVMLeaf(mlir::Type leaf);
  /// The size of `type` (none for null, a type with no memory form).
  std::optional<Size> measure(llvm::Type *type) const;

  Folder &folder;
  llvm::LLVMContext llvmContext;
  llvm::DataLayout dataLayout;
  llvm::DenseMap<sema::Type, llvm::Type *> types;
};

} // namespace mojo::comptime

#endif
