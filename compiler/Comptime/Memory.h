//===- Memory.h - The memory a compile-time evaluation points into -*- C++ -*-===//
//
// `UnsafePointer`, `stack_allocation` and the memory builtins work at
// compile time on this model of memory: allocations of bytes, laid out as
// the target lays them out (Layout.h), so `sizeof`, offsets and bitcasts
// mean what they mean at run time.
//
//   allocation 3: [00 00 80 3f | 00 00 00 40 | ........ ]   bytes
//                  initialized   initialized   not yet
//                 { 16: pointer to allocation 5, offset 8 }  opaque values
//
// A value is stored leaf by leaf in the target's byte order. What has no
// bytes at compile time (a pointer, a function, a `StringLiteral`) is kept
// whole beside the bytes, at its offset, and read back only whole; bytes
// written over it erase it. Reading memory that holds no value, past an
// allocation's end, or after it is freed stops the evaluation.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_COMPTIME_MEMORY_H
#define MOJOC_COMPTIME_MEMORY_H

#include "compiler/Comptime/Value.h"
#include "compiler/SemIR/ConstantMemory.h"
#include "compiler/SemIR/Types.h"

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mojo::comptime {

class Folder;
class Layouts;

/// A byte address: `allocation` 0 is the null pointer's.
struct Address {
  unsigned allocation = 0;
  uint64_t offset = 0;
  static Address of(const Value &pointer) {
    return {pointer.allocation, pointer.offset};
  }
  Value toValue() const;
};

class Memory {
public:
  Memory(Layouts &layouts, Folder &folder, bool littleEndian);
  ~Memory();

  enum class Lifetime : uint8_t {
    Heap,  ///< until freed (`mojo_rt_free`)
    Stack, ///< until the frame that made it returns
    Static, ///< as long as the evaluation (a constant's bytes)
  };
  /// A new allocation of `size` bytes, none initialized.
  Address allocate(uint64_t size, Lifetime lifetime);
  /// A static allocation holding `bytes`.
  Address allocateConstant(llvm::StringRef bytes);
  /// Whether `allocation` was made (it may have ended since); null was.
  bool exists(unsigned allocation) const {
    return allocation < allocations.size();
  }
  /// Ends the allocation `at` points to the start of; false (with `why`)
  /// for anything but a live heap allocation's start. Null is ignored.
  bool free(Address at, std::string &why);
  /// Ends a stack allocation (its frame returned).
  void endStack(unsigned allocation);
  /// Allocations made from now on get ids past the mark; release(mark)
  /// ends them all (an evaluation's memory ends with it).
  size_t mark() const { return allocations.size(); }
  void release(size_t mark);

  /// The value of `type` stored at `at`.
  std::optional<Value> load(Address at, sema::Type type, std::string &why);
  bool store(Address at, const Value &value, sema::Type type,
             std::string &why);
  /// The MLIR value of `leaf` type at `at` (`llvm.load`).
  std::optional<Value> loadLeaf(Address at, mlir::Type leaf, std::string &why);
  bool storeLeaf(Address at, const Value &value, mlir::Type leaf,
                 std::string &why);
  /// `memcpy`: the bytes and the opaque values among them.
  bool copy(Address to, Address from, uint64_t size, std::string &why);
  /// `memset`.
  bool fill(Address to, uint8_t byte, uint64_t size, std::string &why);
  /// Marks `size` bytes at `at` as holding no value (a value moved out or
  /// destroyed in place).
  bool forget(Address at, uint64_t size, std::string &why);

  // Constant memory (MemoryConstants.cpp).
  /// The address in `constants` of what `at` points to, every allocation
  /// it reaches exported as a block. None (with `why`) for memory that
  /// cannot outlive the evaluation: freed, a returned function's stack
  /// buffer, or holding a function value.
  std::optional<sema::ConstantAddress>
  exportAddress(Address at, sema::ConstantMemory &constants,
                std::string &why);
  /// The address of `at` in this evaluation's memory: the blocks it
  /// reaches, imported once per evaluation as allocations that live as
  /// long as it (which the program may write, never free).
  Address importAddress(sema::ConstantAddress at,
                        const sema::ConstantMemory &constants);

private:
  struct Opaque {
    Value value;
    sema::Type type; ///< null for a leaf (a pointer)
    uint64_t size;
  };
  struct Allocation {
    std::vector<uint8_t> bytes;
    llvm::BitVector initialized;
    std::map<uint64_t, Opaque> opaque;
    Lifetime lifetime = Lifetime::Heap;
    bool live = true;
  };

  /// The allocation holding `size` bytes at `at`, or null with `why`.
  Allocation *access(Address at, uint64_t size, std::string &why);
  /// Erases the opaque values overlapping `size` bytes at `offset`.
  static void eraseOpaque(Allocation &a, uint64_t offset, uint64_t size);
  void writeBits(Allocation &a, uint64_t offset, const llvm::APInt &bits,
                 uint64_t bytes);
  llvm::APInt readBits(const Allocation &a, uint64_t offset, unsigned width,
                       uint64_t bytes);
  bool putOpaque(Address at, Value value, sema::Type type, uint64_t size,
                 std::string &why);
  const Opaque *getOpaque(Address at, sema::Type type, uint64_t size,
                          std::string &why);

  Layouts &layouts;
  Folder &folder;
  bool littleEndian;
  /// Index 0 stands for null and is never live.
  std::vector<Allocation> allocations;
  /// The allocation each imported constant block became.
  llvm::DenseMap<unsigned, unsigned> imported;
};

} // namespace mojo::comptime

#endif
