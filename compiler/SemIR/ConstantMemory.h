//===- ConstantMemory.h - The memory compile-time constants point into -*- C++ -*-===//
//
// A value computed at compile time may point into memory it allocated
// there: `alias names = List[String]("a", "b")` is a buffer of two
// `String`s, each pointing to bytes of its own. Such a constant keeps a
// snapshot of that memory: blocks of the target's bytes, in which each
// stored address is a relocation naming another block (and an offset).
//
//   block 1 (the list's buffer):  [ ptr ][ 1 ][ 8 ][ ptr ][ 1 ][ 8 ]
//                                    |                 |
//   blocks 2 and 3 (the strings):   "a\0"             "b\0"
//
// The interpreter exports a value's reachable allocations into blocks
// (Comptime/MemoryConstants.cpp) and imports them again when a later
// evaluation uses the constant; IRGen emits each block a program uses as
// a global. Blocks are interned by content, so the same text computed by
// two aliases is one block and a constant is the same value however many
// times it is computed; a cyclic structure (a ring of nodes) is exported
// block by block without interning. Data only, like the rest of SemIR.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMIR_CONSTANTMEMORY_H
#define MOJOC_SEMIR_CONSTANTMEMORY_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <deque>
#include <map>
#include <string>

namespace mojo::sema {

/// An address in constant memory: `block` 0 is the null pointer's.
struct ConstantAddress {
  unsigned block = 0;
  uint64_t offset = 0;
  bool operator<(const ConstantAddress &o) const {
    return block != o.block ? block < o.block : offset < o.offset;
  }
  bool operator==(const ConstantAddress &o) const {
    return block == o.block && offset == o.offset;
  }
};

struct ConstantBlock {
  /// The target's bytes; the bytes a relocation covers are zero.
  std::string bytes;
  /// The addresses stored in the block, by the offset they are stored at.
  std::map<uint64_t, ConstantAddress> relocations;
};

class ConstantMemory {
public:
  /// The alignment every block gets: what the runtime's allocator gives,
  /// enough for any scalar or vector a buffer holds.
  static constexpr uint64_t kAlignment = 64;
  /// The bytes a relocation covers: an address on mojoc's targets, which
  /// are all 64-bit (an `index` is a 64-bit word everywhere).
  static constexpr uint64_t kAddressBytes = 8;

  /// The id of a block equal to `block`, added if there is none yet.
  unsigned intern(ConstantBlock block);
  /// A new block whose contents set() gives later: one of a cycle, which
  /// must be named before its contents are known.
  unsigned reserve();
  void set(unsigned id, ConstantBlock block);

  const ConstantBlock &get(unsigned id) const { return blocks[id - 1]; }
  size_t size() const { return blocks.size(); }

private:
  /// Ids are 1-based: 0 is null.
  std::deque<ConstantBlock> blocks;
  std::map<std::string, unsigned> byContent;
};

} // namespace mojo::sema

#endif
