//===- SourceManager.cpp - Source buffers and locations -------------------===//
#include "compiler/Basic/SourceManager.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace mojo;

/// `ec` as a diagnostic reason: the system's message, in lowercase like
/// every diagnostic ("no such file or directory").
static llvm::Error reason(std::error_code ec) {
  std::string message = ec.message();
  if (!message.empty())
    message[0] = llvm::toLower(message[0]);
  return llvm::createStringError(ec, message);
}

static llvm::Error tooLarge(uint64_t limit) {
  return llvm::createStringError(
      std::errc::file_too_large,
      "it is larger than %llu MiB, the limit for a source file",
      static_cast<unsigned long long>(limit >> 20));
}

/// Reads what `fd` yields until end of file, failing once it passes
/// `limit` bytes: a pipe or a device such as /dev/zero has no size to check
/// up front, and may never end.
static llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readStream(int fd, llvm::StringRef path, uint64_t limit) {
  llvm::SmallString<0> text;
  constexpr size_t kChunk = 64 * 1024;
  while (true) {
    if (text.size() > limit)
      return tooLarge(limit);
    size_t size = text.size();
    text.resize_for_overwrite(size + kChunk);
    llvm::Expected<size_t> read = llvm::sys::fs::readNativeFile(
        fd, llvm::MutableArrayRef(text.begin() + size, kChunk));
    if (!read)
      return reason(llvm::errorToErrorCode(read.takeError()));
    text.truncate(size + *read);
    if (*read == 0)
      break;
  }
  return llvm::MemoryBuffer::getMemBufferCopy(text, path);
}

llvm::Expected<unsigned> SourceManager::addFile(llvm::StringRef path) {
  if (path == "-") {
    auto buffer = readStream(0, "<stdin>", kMaxFileSize);
    if (!buffer)
      return buffer.takeError();
    return mgr.AddNewSourceBuffer(std::move(*buffer), llvm::SMLoc());
  }
  llvm::Expected<llvm::sys::fs::file_t> fd =
      llvm::sys::fs::openNativeFileForRead(path);
  if (!fd)
    return reason(llvm::errorToErrorCode(fd.takeError()));
  auto closeFile = llvm::make_scope_exit([&] { llvm::sys::fs::closeFile(*fd); });
  llvm::sys::fs::file_status status;
  if (std::error_code ec = llvm::sys::fs::status(*fd, status))
    return reason(ec);
  if (status.type() == llvm::sys::fs::file_type::directory_file)
    return llvm::createStringError(std::errc::is_a_directory,
                                   "it is a directory");
  std::unique_ptr<llvm::MemoryBuffer> buffer;
  if (status.type() == llvm::sys::fs::file_type::regular_file) {
    if (status.getSize() > kMaxFileSize)
      return tooLarge(kMaxFileSize);
    auto bufferOrErr = llvm::MemoryBuffer::getOpenFile(*fd, path,
                                                       status.getSize());
    if (!bufferOrErr)
      return reason(bufferOrErr.getError());
    buffer = std::move(*bufferOrErr);
  } else {
    auto bufferOrErr = readStream(*fd, path, kMaxFileSize);
    if (!bufferOrErr)
      return bufferOrErr.takeError();
    buffer = std::move(*bufferOrErr);
  }
  return mgr.AddNewSourceBuffer(std::move(buffer), llvm::SMLoc());
}

unsigned SourceManager::addBuffer(llvm::StringRef name, llvm::StringRef text) {
  return mgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, name), llvm::SMLoc());
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
