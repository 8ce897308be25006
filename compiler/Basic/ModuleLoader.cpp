//===- ModuleLoader.cpp - Where source files come from --------------------===//
#include "compiler/Basic/ModuleLoader.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace mojo;

ModuleLoader::~ModuleLoader() = default;

/// `ec` as a diagnostic reason: the system's message, in lowercase like
/// every diagnostic ("no such file or directory").
static llvm::Error reason(std::error_code ec) {
  std::string message = ec.message();
  if (!message.empty())
    message[0] = llvm::toLower(message[0]);
  return llvm::createStringError(ec, message);
}

static llvm::Error tooLarge() {
  return llvm::createStringError(
      std::errc::file_too_large,
      "it is larger than %llu MiB, the limit for a source file",
      static_cast<unsigned long long>(kMaxSourceSize >> 20));
}

/// Reads what `fd` yields until end of file, failing once it passes
/// kMaxSourceSize bytes: a pipe or a device such as /dev/zero has no size
/// to check up front, and may never end.
static llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readStream(int fd, llvm::StringRef path) {
  llvm::SmallString<0> text;
  constexpr size_t kChunk = 64 * 1024;
  while (true) {
    if (text.size() > kMaxSourceSize)
      return tooLarge();
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

bool FileSystemLoader::exists(llvm::StringRef path) {
  return llvm::sys::fs::is_regular_file(path);
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
FileSystemLoader::load(llvm::StringRef path) {
  if (path == "-")
    return readStream(0, "<stdin>");
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
  if (status.type() != llvm::sys::fs::file_type::regular_file)
    return readStream(*fd, path);
  if (status.getSize() > kMaxSourceSize)
    return tooLarge();
  auto buffer = llvm::MemoryBuffer::getOpenFile(*fd, path, status.getSize());
  if (!buffer)
    return reason(buffer.getError());
  return std::move(*buffer);
}

std::string mojo::getCanonicalPath(llvm::StringRef path) {
  llvm::SmallString<256> key(path);
  (void)llvm::sys::fs::make_absolute(key);
  llvm::sys::path::remove_dots(key, /*remove_dot_dot=*/true);
  return std::string(key);
}

OverlayLoader::OverlayLoader(std::unique_ptr<ModuleLoader> base)
    : base(std::move(base)) {}

void OverlayLoader::setBuffer(llvm::StringRef path, llvm::StringRef text) {
  buffers[getCanonicalPath(path)] = text.str();
}

bool OverlayLoader::removeBuffer(llvm::StringRef path) {
  return buffers.erase(getCanonicalPath(path));
}

bool OverlayLoader::exists(llvm::StringRef path) {
  return buffers.count(getCanonicalPath(path)) || base->exists(path);
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
OverlayLoader::load(llvm::StringRef path) {
  auto it = buffers.find(getCanonicalPath(path));
  if (it == buffers.end())
    return base->load(path);
  // Named as asked for, so diagnostics name the file as the import found it.
  return llvm::MemoryBuffer::getMemBufferCopy(it->second, path);
}

std::optional<unsigned> mojo::loadSource(ModuleLoader &loader,
                                         SourceManager &sources,
                                         DiagnosticEngine &diags,
                                         llvm::StringRef path,
                                         SourceRange requestedAt) {
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      loader.load(path);
  // An in-memory buffer has no limit of its own.
  if (buffer && (*buffer)->getBufferSize() > kMaxSourceSize)
    buffer = tooLarge();
  if (!buffer) {
    diags.report(requestedAt, DiagID::err_cannot_open_file)
        << path << llvm::toString(buffer.takeError());
    return std::nullopt;
  }
  // A file read again unchanged (by a later check in the same session)
  // keeps its buffer: the sources grow only by what was edited.
  unsigned id = sources.findBufferByName(path);
  if (!id || sources.getBufferText(id) != (*buffer)->getBuffer())
    id = sources.addBuffer(std::move(*buffer));
  // A NUL byte never occurs in source text; without this check a binary
  // file would produce an error for every stray byte until the limit.
  llvm::StringRef text = sources.getBufferText(id);
  size_t nul = text.find('\0');
  if (nul != llvm::StringRef::npos) {
    diags.report(SourceLoc::getFromPointer(text.data() + nul),
                 DiagID::err_binary_input)
        << sources.getBufferName(id);
    return std::nullopt;
  }
  return id;
}
