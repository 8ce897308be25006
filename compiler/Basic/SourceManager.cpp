//===- SourceManager.cpp - Source buffers and locations -------------------===//
#include "compiler/Basic/SourceManager.h"

#include "llvm/Support/MemoryBuffer.h"

using namespace mojo;

unsigned SourceManager::addBuffer(llvm::StringRef name, llvm::StringRef text) {
  return addBuffer(llvm::MemoryBuffer::getMemBufferCopy(text, name));
}

unsigned SourceManager::addBuffer(std::unique_ptr<llvm::MemoryBuffer> buffer) {
  std::string name = buffer->getBufferIdentifier().str();
  unsigned id = mgr.AddNewSourceBuffer(std::move(buffer), llvm::SMLoc());
  buffersByName[name] = id;
  return id;
}

llvm::StringRef SourceManager::getBufferText(unsigned bufferId) const {
  return mgr.getMemoryBuffer(bufferId)->getBuffer();
}

llvm::StringRef SourceManager::getBufferName(unsigned bufferId) const {
  return mgr.getMemoryBuffer(bufferId)->getBufferIdentifier();
}

SourceLoc SourceManager::getBufferStart(unsigned bufferId) const {
  return SourceLoc::getFromPointer(
      mgr.getMemoryBuffer(bufferId)->getBufferStart());
}

unsigned SourceManager::findBuffer(SourceLoc loc) const {
  if (!loc.isValid())
    return 0;
  return mgr.FindBufferContainingLoc(loc);
}

LineColumn SourceManager::getLineColumn(SourceLoc loc) const {
  unsigned buffer = findBuffer(loc);
  if (!buffer)
    return {};
  auto [line, col] = mgr.getLineAndColumn(loc, buffer);
  return {line, col};
}

llvm::StringRef SourceManager::getLineText(SourceLoc loc) const {
  unsigned buffer = findBuffer(loc);
  if (!buffer)
    return {};
  llvm::StringRef text = getBufferText(buffer);
  size_t offset = loc.getPointer() - text.data();
  size_t begin = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  begin = (begin == llvm::StringRef::npos || offset == 0) ? 0 : begin + 1;
  if (offset > 0 && text[offset - 1] == '\n')
    begin = offset;
  size_t end = text.find('\n', offset);
  if (end == llvm::StringRef::npos)
    end = text.size();
  llvm::StringRef line = text.slice(begin, end);
  return line.rtrim('\r');
}

std::string SourceManager::describe(SourceLoc loc) const {
  unsigned buffer = findBuffer(loc);
  if (!buffer)
    return "<unknown>";
  LineColumn lc = getLineColumn(loc);
  return (getBufferName(buffer) + ":" + llvm::Twine(lc.line) + ":" +
          llvm::Twine(lc.column))
      .str();
}
