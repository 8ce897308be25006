//===- ConstantMemory.cpp - The memory compile-time constants point into --===//
#include "compiler/SemIR/ConstantMemory.h"

using namespace mojo::sema;

/// What identifies a block's contents: its bytes, then each relocation.
static std::string contentKey(const ConstantBlock &block) {
  std::string key = std::to_string(block.bytes.size()) + ":" + block.bytes;
  for (const auto &[offset, target] : block.relocations)
    key += "|" + std::to_string(offset) + ">" + std::to_string(target.block) +
           "+" + std::to_string(target.offset);
  return key;
}

unsigned ConstantMemory::intern(ConstantBlock block) {
  auto [it, added] = byContent.try_emplace(contentKey(block), 0);
  if (added) {
    blocks.push_back(std::move(block));
    it->second = unsigned(blocks.size());
  }
  return it->second;
}

unsigned ConstantMemory::reserve() {
  blocks.emplace_back();
  return unsigned(blocks.size());
}

void ConstantMemory::set(unsigned id, ConstantBlock block) {
  blocks[id - 1] = std::move(block);
}
