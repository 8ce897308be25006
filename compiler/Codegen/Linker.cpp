//===- Linker.cpp - Executables from objects and the runtime --------------===//
//
// `mojoc build` links through the system C compiler driver rather than
// calling a linker directly: `cc` knows the C runtime start files, the libc
// and the PIE defaults of the system, which differ between distributions.
//
//   cc <objects> libmojo_runtime_main.a libmojo_runtime.a
//      -Wl,-Bstatic -lstdc++ -Wl,-Bdynamic -Wl,--as-needed -lm -lpthread
//      -o <output>
//
// libstdc++ is linked statically because the runtime needs only its
// std::to_chars, so programs do not depend on the C++ library at run time.
//
//===----------------------------------------------------------------------===//
#include "compiler/Codegen/Codegen.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

using namespace mojo;

#ifndef MOJOC_RUNTIME_LIB_DIR
#error "MOJOC_RUNTIME_LIB_DIR must name the folder of libmojo_runtime.a"
#endif

static llvm::Expected<std::string> findRuntimeLibrary(llvm::StringRef dir,
                                                      llvm::StringRef name) {
  llvm::SmallString<256> path(dir);
  llvm::sys::path::append(path, name);
  if (!llvm::sys::fs::exists(path))
    return llvm::createStringError(
        std::make_error_code(std::errc::no_such_file_or_directory),
        "cannot find the runtime library `%s`", path.c_str());
  return std::string(path);
}

llvm::Error mojo::linkExecutable(llvm::ArrayRef<std::string> objects,
                                 llvm::StringRef output,
                                 llvm::StringRef runtimeLibDir) {
  if (runtimeLibDir.empty())
    runtimeLibDir = MOJOC_RUNTIME_LIB_DIR;
  auto mainLib = findRuntimeLibrary(runtimeLibDir, "libmojo_runtime_main.a");
  if (!mainLib)
    return mainLib.takeError();
  auto runtimeLib = findRuntimeLibrary(runtimeLibDir, "libmojo_runtime.a");
  if (!runtimeLib)
    return runtimeLib.takeError();

  auto cc = llvm::sys::findProgramByName("cc");
  if (!cc)
    return llvm::createStringError(cc.getError(),
                                   "cannot find the C compiler `cc` to link "
                                   "with; install gcc or clang");

  std::string outputStr = output.str();
  llvm::SmallVector<llvm::StringRef, 16> args = {*cc};
  for (const std::string &object : objects)
    args.push_back(object);
  // The main library first: it references __mojo_main (in the objects) and
  // the runtime (after it), and archives are searched in order.
  args.append({*mainLib, *runtimeLib, "-Wl,-Bstatic", "-lstdc++",
               "-Wl,-Bdynamic", "-Wl,--as-needed", "-lm", "-lpthread", "-o",
               outputStr});

  std::string errorMessage;
  int status = llvm::sys::ExecuteAndWait(*cc, args, /*Env=*/std::nullopt,
                                         /*Redirects=*/{}, /*SecondsToWait=*/0,
                                         /*MemoryLimit=*/0, &errorMessage);
  if (status < 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot run `%s`: %s", cc->c_str(),
                                   errorMessage.c_str());
  if (status != 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "linking `%s` failed: `cc` exited with "
                                   "status %d",
                                   outputStr.c_str(), status);
  return llvm::Error::success();
}
