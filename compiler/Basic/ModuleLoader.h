//===- ModuleLoader.h - Where source files come from -----------*- C++ -*-===//
//
// Sema never reads the file system itself: it asks a ModuleLoader whether a
// candidate path of an import exists and for its text. The driver reads
// files from disk (FileSystemLoader); an editor lays its unsaved buffers
// over the disk (OverlayLoader), so that a module being edited is checked
// as the user sees it. `loadSource` is the one place that puts a loaded
// file into the SourceManager, and so the one place that applies the
// limits every source obeys (its size, and being text).
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_BASIC_MODULELOADER_H
#define MOJOC_BASIC_MODULELOADER_H

#include "compiler/Basic/Diagnostic.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <optional>

namespace mojo {

/// The largest source read (64 MiB): far beyond any program, and small
/// enough that reading a device like /dev/zero stops at once.
constexpr uint64_t kMaxSourceSize = uint64_t(64) << 20;

class ModuleLoader {
public:
  virtual ~ModuleLoader();

  /// Whether `path` is a source this loader provides: the module search
  /// tries its candidate paths with this, and reads the first that exists.
  virtual bool exists(llvm::StringRef path) = 0;
  /// The text of `path`, named `path`, or why it cannot be read (the
  /// message does not repeat the path).
  virtual llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
  load(llvm::StringRef path) = 0;
};

/// Files on disk; "-" is standard input, named `<stdin>`. Reading stops
/// past kMaxSourceSize, so a pipe or a device that never ends is an error.
class FileSystemLoader final : public ModuleLoader {
public:
  bool exists(llvm::StringRef path) override;
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
  load(llvm::StringRef path) override;
};

/// In-memory buffers by path (an editor's unsaved files) over another
/// loader, which provides every other path. Paths are compared absolute
/// and without `.`/`..` parts, so `./a.mojo` and `/dir/a.mojo` are one.
class OverlayLoader final : public ModuleLoader {
public:
  explicit OverlayLoader(std::unique_ptr<ModuleLoader> base);

  /// From now on `path` reads as `text`, whatever is on disk.
  void setBuffer(llvm::StringRef path, llvm::StringRef text);
  /// `path` reads from the base loader again; false if it had no buffer.
  bool removeBuffer(llvm::StringRef path);

  bool exists(llvm::StringRef path) override;
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
  load(llvm::StringRef path) override;

private:
  std::unique_ptr<ModuleLoader> base;
  llvm::StringMap<std::string> buffers;
};

/// `path` absolute and without `.` and `..` parts: one file has one key
/// (the OverlayLoader's buffers, the Session's module cache).
std::string getCanonicalPath(llvm::StringRef path);

/// Reads `path` through `loader` into `sources` and returns its buffer: the
/// buffer read before under that name when the text is unchanged, so that
/// checking again in one session does not copy every file again. When it
/// cannot be read, is larger than kMaxSourceSize or is not text (it
/// holds a NUL byte), reports why, at `requestedAt` (an import; none for
/// the main file), and returns nothing.
std::optional<unsigned> loadSource(ModuleLoader &loader, SourceManager &sources,
                                   DiagnosticEngine &diags,
                                   llvm::StringRef path,
                                   SourceRange requestedAt = SourceRange());

} // namespace mojo

#endif
