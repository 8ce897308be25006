//===- IRGenConstants.cpp - Constant memory as globals ---------------------===//
//
// A compile-time constant that points into memory (a `List` computed by an
// alias) keeps that memory as blocks (SemIR/ConstantMemory.h). Each block
// the program uses becomes a private global of its bytes, in which a
// stored address is the address of another block's global:
//
//   llvm.mlir.global private @__constant1() {alignment = 64} :
//       !llvm.struct<packed (ptr, array<16 x i8>)> {
//     %0 = llvm.mlir.undef ...
//     %1 = llvm.mlir.addressof @__constant2 : !llvm.ptr
//     ...
//   }
//
// The globals are writable: the program copies what it owns out of a
// constant, but a trivial value (an `UnsafePointer`) is its bits, and
// the memory it points to may be written as at compile time.
//
//===----------------------------------------------------------------------===//
#include "compiler/IRGen/IRGenImpl.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

using namespace mojo;
using namespace mojo::irgen;

static std::string getBlockSymbol(unsigned block) {
  return "__constant" + std::to_string(block);
}

/// `base` plus `offset` bytes. A block is smaller than the interpreter's
/// budget of 16 Mi elements, so an offset fits a GEP's 32-bit constant.
static mlir::Value offsetAddress(mlir::OpBuilder &builder, mlir::Location loc,
                                 mlir::Value base, uint64_t offset) {
  return builder.create<mlir::LLVM::GEPOp>(
      loc, base.getType(), builder.getI8Type(), base,
      llvm::ArrayRef<mlir::LLVM::GEPArg>{int32_t(offset)});
}

mlir::Value ModuleEmitter::getConstantAddress(mlir::OpBuilder &builder,
                                              mlir::Location loc,
                                              sema::ConstantAddress at) {
  auto ptrType = mlir::LLVM::LLVMPointerType::get(&context);
  if (!at.block)
    return builder.create<mlir::LLVM::ZeroOp>(loc, ptrType);
  emitConstantBlocks(at.block, loc);
  mlir::Value base = builder.create<mlir::LLVM::AddressOfOp>(
      loc, ptrType, getBlockSymbol(at.block));
  if (!at.offset)
    return base;
  return offsetAddress(builder, loc, base, at.offset);
}

/// Emits the global of `first` and of every block it reaches, with a
/// worklist: a chain of blocks (a linked list) can be long.
void ModuleEmitter::emitConstantBlocks(unsigned first, mlir::Location loc) {
  std::vector<unsigned> work{first};
  mlir::OpBuilder builder(&context);
  auto ptrType = mlir::LLVM::LLVMPointerType::get(&context);
  auto byteType = mlir::IntegerType::get(&context, 8);
  while (!work.empty()) {
    unsigned id = work.back();
    work.pop_back();
    if (!constantBlocks.insert(id).second)
      continue;
    const sema::ConstantBlock &block = program.constants.get(id);
    builder.setInsertionPointToStart(module.getBody());
    auto bytesOf = [&](uint64_t from, uint64_t to) {
      return llvm::StringRef(block.bytes).slice(from, to);
    };
    if (block.relocations.empty()) {
      builder.create<mlir::LLVM::GlobalOp>(
          loc, mlir::LLVM::LLVMArrayType::get(byteType, block.bytes.size()),
          /*isConstant=*/false, mlir::LLVM::Linkage::Private,
          getBlockSymbol(id), builder.getStringAttr(bytesOf(0, block.bytes.size())),
          sema::ConstantMemory::kAlignment);
      continue;
    }
    // Runs of bytes between the addresses, as one packed struct.
    llvm::SmallVector<mlir::Type> pieces;
    llvm::SmallVector<std::pair<uint64_t, uint64_t>> runs; // [from, to)
    uint64_t at = 0;
    for (const auto &relocation : block.relocations) {
      uint64_t offset = relocation.first;
      if (offset > at) {
        pieces.push_back(mlir::LLVM::LLVMArrayType::get(byteType, offset - at));
        runs.push_back({at, offset});
      }
      pieces.push_back(ptrType);
      runs.push_back({offset, offset});
      at = offset + sema::ConstantMemory::kAddressBytes;
    }
    if (at < block.bytes.size()) {
      pieces.push_back(
          mlir::LLVM::LLVMArrayType::get(byteType, block.bytes.size() - at));
      runs.push_back({at, block.bytes.size()});
    }
    auto type = mlir::LLVM::LLVMStructType::getLiteral(&context, pieces,
                                                       /*isPacked=*/true);
    auto global = builder.create<mlir::LLVM::GlobalOp>(
        loc, type, /*isConstant=*/false, mlir::LLVM::Linkage::Private,
        getBlockSymbol(id), mlir::Attribute(),
        sema::ConstantMemory::kAlignment);
    builder.setInsertionPointToStart(
        builder.createBlock(&global.getInitializerRegion()));
    mlir::Value whole = builder.create<mlir::LLVM::UndefOp>(loc, type);
    for (size_t i = 0; i < runs.size(); ++i) {
      auto [from, to] = runs[i];
      mlir::Value piece;
      if (from == to) {
        sema::ConstantAddress target = block.relocations.at(from);
        work.push_back(target.block);
        piece = builder.create<mlir::LLVM::AddressOfOp>(
            loc, ptrType, getBlockSymbol(target.block));
        if (target.offset)
          piece = offsetAddress(builder, loc, piece, target.offset);
      } else {
        piece = builder.create<mlir::LLVM::ConstantOp>(
            loc, pieces[i], builder.getStringAttr(bytesOf(from, to)));
      }
      whole = builder.create<mlir::LLVM::InsertValueOp>(loc, whole, piece, i);
    }
    builder.create<mlir::LLVM::ReturnOp>(loc, whole);
  }
}
