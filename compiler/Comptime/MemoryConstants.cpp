//===- MemoryConstants.cpp - Memory that outlives an evaluation -----------===//
//
// A value computed at compile time that points into the evaluation's
// memory keeps what it points to as constant memory
// (SemIR/ConstantMemory.h): exporting copies every allocation the pointer
// reaches into a block, its stored pointers becoming relocations; importing
// makes allocations of the blocks again for a later evaluation that uses
// the constant. Both walk the graph of allocations with a worklist, not by
// recursion: a linked list of 100,000 nodes is a chain that deep.
//
//===----------------------------------------------------------------------===//
#include "compiler/Comptime/Memory.h"

#include "compiler/Comptime/Folder.h"
#include "compiler/Comptime/Layout.h"
#include "compiler/SemIR/Program.h"

using namespace mojo;
using namespace mojo::comptime;
using sema::ConstantAddress;
using sema::ConstantBlock;

/// Writes `value` into `bytes` at `offset` as a `size`-byte integer in
/// the target's byte order.
static void putWord(std::string &bytes, uint64_t offset, uint64_t value,
                    unsigned size, bool littleEndian) {
  for (unsigned i = 0; i < size; ++i) {
    uint64_t at = offset + (littleEndian ? i : size - 1 - i);
    bytes[at] = char((value >> (8 * i)) & 0xff);
  }
}

std::optional<ConstantAddress>
Memory::exportAddress(Address at, sema::ConstantMemory &constants,
                      std::string &why) {
  if (at.allocation == 0) {
    if (at.offset == 0)
      return ConstantAddress();
    why = "it holds an address computed from the null pointer";
    return std::nullopt;
  }
  // The allocations reached, in post-order (each after those it points
  // to), and whether a pointer leads back to one still being walked.
  std::vector<unsigned> order;
  llvm::DenseMap<unsigned, bool> done; // false while being walked
  bool cyclic = false;
  std::vector<std::pair<unsigned, bool>> work{{at.allocation, false}};
  while (!work.empty()) {
    auto [id, expanded] = work.back();
    work.pop_back();
    if (expanded) {
      done[id] = true;
      order.push_back(id);
      continue;
    }
    auto seen = done.find(id);
    if (seen != done.end()) {
      cyclic |= !seen->second;
      continue;
    }
    const Allocation &a = allocations[id];
    if (!a.live || a.lifetime == Lifetime::Stack) {
      why = !a.live && a.lifetime != Lifetime::Stack
                ? "it points to memory that was freed"
                : "it points to a stack buffer of a function that returned";
      return std::nullopt;
    }
    done[id] = false;
    work.push_back({id, true});
    for (const auto &[offset, opaque] : a.opaque) {
      if (opaque.value.kind == Value::Kind::Func) {
        why = "it holds a function value in memory";
        return std::nullopt;
      }
      if (opaque.value.kind == Value::Kind::Pointer &&
          opaque.value.allocation != 0)
        work.push_back({opaque.value.allocation, false});
    }
  }

  llvm::DenseMap<unsigned, unsigned> blockOf;
  if (cyclic) // Named before their contents, which name each other.
    for (unsigned id : order)
      blockOf[id] = constants.reserve();
  unsigned pointerBytes = layouts.getDataLayout().getPointerSize();
  for (unsigned id : order) {
    const Allocation &a = allocations[id];
    ConstantBlock block;
    block.bytes.assign(a.bytes.begin(), a.bytes.end());
    for (const auto &[offset, opaque] : a.opaque) {
      std::fill_n(block.bytes.begin() + offset, opaque.size, '\0');
      const Value &v = opaque.value;
      if (v.kind == Value::Kind::Pointer) {
        if (v.allocation == 0 && v.offset != 0) {
          why = "it holds an address computed from the null pointer";
          return std::nullopt;
        }
        if (v.allocation != 0)
          block.relocations[offset] = {blockOf[v.allocation], v.offset};
        continue;
      }
      // A `StringLiteral` kept whole: its bytes' address and its length,
      // as the program lays one out.
      std::string text = v.text;
      text.push_back('\0');
      ConstantBlock textBlock;
      textBlock.bytes = std::move(text);
      unsigned textId = constants.intern(std::move(textBlock));
      block.relocations[offset + layouts.getFieldOffset(opaque.type, 0)] = {
          textId, 0};
      putWord(block.bytes, offset + layouts.getFieldOffset(opaque.type, 1),
              v.text.size(), pointerBytes, littleEndian);
    }
    if (cyclic)
      constants.set(blockOf[id], std::move(block));
    else
      blockOf[id] = constants.intern(std::move(block));
  }
  return ConstantAddress{blockOf[at.allocation], at.offset};
}

Address Memory::importAddress(ConstantAddress at,
                              const sema::ConstantMemory &constants) {
  if (at.block == 0)
    return {0, at.offset};
  // Every block reached gets its allocation first, so relocations can
  // name them, cycles included.
  std::vector<unsigned> made;
  std::vector<unsigned> work{at.block};
  while (!work.empty()) {
    unsigned block = work.back();
    work.pop_back();
    if (imported.count(block))
      continue;
    const ConstantBlock &b = constants.get(block);
    imported[block] = allocateConstant(b.bytes).allocation;
    made.push_back(block);
    for (const auto &[offset, target] : b.relocations)
      work.push_back(target.block);
  }
  unsigned pointerBytes = layouts.getDataLayout().getPointerSize();
  for (unsigned block : made) {
    Allocation &a = allocations[imported[block]];
    for (const auto &[offset, target] : constants.get(block).relocations)
      a.opaque[offset] = Opaque{
          Address{imported[target.block], target.offset}.toValue(), nullptr,
          pointerBytes};
  }
  return {imported[at.block], at.offset};
}
