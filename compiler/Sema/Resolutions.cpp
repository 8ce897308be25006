//===- Resolutions.cpp - What each name and expression resolved to --------===//
#include "compiler/Sema/Resolutions.h"

#include <algorithm>

using namespace mojo;
using namespace mojo::sema;

void ResolutionTable::record(unsigned bufferId, const char *bufferStart,
                             SourceRange range, const Resolution &r) {
  // A range outside the buffer (a synthesized node's) has no position to
  // be found at.
  if (!range.Start.isValid() || !range.End.isValid() ||
      range.Start.getPointer() < bufferStart ||
      range.End.getPointer() < range.Start.getPointer())
    return;
  Resolution entry = r;
  entry.begin = uint32_t(range.Start.getPointer() - bufferStart);
  entry.end = uint32_t(range.End.getPointer() - bufferStart);
  buffers[bufferId].push_back(entry);
}

/// Merges the entries of one range, in recording order: a later
/// declaration or type replaces an earlier one (a call names the overload
/// its callee's name only narrowed to a set).
static void merge(Resolution &into, const Resolution &later) {
  if (later.declKind != DeclKind::None) {
    into.declKind = later.declKind;
    into.declName = later.declName;
    into.declRange = later.declRange;
  }
  if (later.type)
    into.type = later.type;
}

void ResolutionTable::finish() {
  for (auto &[bufferId, entries] : buffers) {
    // Outer ranges before the ranges they contain.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Resolution &a, const Resolution &b) {
                       return a.begin != b.begin ? a.begin < b.begin
                                                 : a.end > b.end;
                     });
    size_t kept = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
      if (kept && entries[kept - 1].begin == entries[i].begin &&
          entries[kept - 1].end == entries[i].end)
        merge(entries[kept - 1], entries[i]);
      else
        entries[kept++] = entries[i];
    }
    entries.resize(kept);
    entries.shrink_to_fit();
    // Each entry's innermost container, with a stack of the open ones.
    std::vector<int32_t> open;
    for (size_t i = 0; i < entries.size(); ++i) {
      while (!open.empty() && entries[open.back()].end < entries[i].end)
        open.pop_back();
      entries[i].parent = open.empty() ? -1 : open.back();
      open.push_back(int32_t(i));
    }
  }
}

const Resolution *ResolutionTable::lookup(unsigned bufferId,
                                          uint32_t offset) const {
  llvm::ArrayRef<Resolution> entries = getEntries(bufferId);
  // The last entry starting at or before `offset`: the innermost entry
  // covering it is that one or one of its containers.
  auto after = std::upper_bound(
      entries.begin(), entries.end(), offset,
      [](uint32_t offset, const Resolution &r) { return offset < r.begin; });
  if (after == entries.begin())
    return nullptr;
  int32_t i = int32_t(after - entries.begin()) - 1;
  while (i != -1 && entries[i].end <= offset)
    i = entries[i].parent;
  return i == -1 ? nullptr : &entries[i];
}

llvm::ArrayRef<Resolution>
ResolutionTable::getEntries(unsigned bufferId) const {
  auto it = buffers.find(bufferId);
  if (it == buffers.end())
    return {};
  return it->second;
}

size_t ResolutionTable::size() const {
  size_t n = 0;
  for (const auto &entry : buffers)
    n += entry.second.size();
  return n;
}
