//===- TestRunner.cpp - `mojoc test` --------------------------------------===//
//
// Runs the test functions of test files:
//
//   mojoc test tests/ test_x.mojo
//     for each file (a path given, or each `test_*.mojo` below a directory
//     given, in sorted order):
//       compile it once, its entry points the `test_*` functions
//         (SemaOptions::findTests; IRGen's `__mojo_test_<i>`), with the JIT
//       for each test: fork; the child runs it, its output into a pipe
//       PASS: FILE::NAME            exit status 0
//       FAIL: FILE::NAME            anything else, then its output, indented
//     N passed, N failed            exit status 1 when something failed
//
// Each test runs in a child process of its own, so a test that crashes,
// aborts, exits or runs past `--timeout` fails alone, and the tests of a
// file cannot see each other's state. The child inherits the compiled code
// (the JIT compiles the whole module before the first fork). A passing
// test's output is dropped; a failing one's is what explains it (an error
// escaping the test is printed by the same hook as one escaping `main`).
// A file that does not compile prints its diagnostics and counts as one
// failure.
//
//===----------------------------------------------------------------------===//
#include "compiler/Driver/Pipeline.h"

#include "compiler/IRGen/IRGen.h"
#include "compiler/SemIR/Program.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <csignal>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

using namespace mojo;
using namespace mojo::driver;

namespace {

/// How much of a failing test's output is shown: enough for any message,
/// bounded for a test that prints in a loop.
constexpr size_t kMaxShownOutput = 64 * 1024;

struct Tally {
  unsigned passed = 0;
  unsigned failed = 0;
};

bool isTestFileName(llvm::StringRef path) {
  llvm::StringRef name = llvm::sys::path::filename(path);
  return name.starts_with("test_") && name.ends_with(".mojo");
}

/// The files `path` names: itself, or the test files below a directory.
/// False after reporting that it does not exist.
bool findTestFiles(Compilation &c, llvm::StringRef path,
                   std::vector<std::string> &files) {
  if (!llvm::sys::fs::exists(path)) {
    c.reportError(DiagID::err_test_path_not_found, {path.str()});
    return false;
  }
  if (!llvm::sys::fs::is_directory(path)) {
    files.push_back(path.str());
    return true;
  }
  std::vector<std::string> found;
  std::error_code ec;
  // Links are not followed: a link to a parent directory would be a cycle.
  for (llvm::sys::fs::recursive_directory_iterator it(path, ec,
                                                      /*follow=*/false),
       end;
       it != end && !ec; it.increment(ec))
    if (isTestFileName(it->path()) &&
        !llvm::sys::fs::is_directory(it->path()))
      found.push_back(it->path());
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
  return true;
}

/// How a child process ended, or "" when it succeeded.
std::string describeStatus(int status, unsigned timeout) {
  if (WIFEXITED(status)) {
    int code = WEXITSTATUS(status);
    return code == 0 ? "" : "exited with status " + std::to_string(code);
  }
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    if (sig == SIGALRM)
      return "timed out after " + std::to_string(timeout) + " seconds";
    return "killed by signal " + std::to_string(sig) + " (" +
           strsignal(sig) + ")";
  }
  return "ended with wait status " + std::to_string(status);
}

/// Reads the child's output until it closes the pipe, keeping the first
/// kMaxShownOutput bytes.
std::string readOutput(int fd, bool &truncated) {
  std::string output;
  char buffer[4096];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    size_t room = kMaxShownOutput - std::min(output.size(), kMaxShownOutput);
    if (static_cast<size_t>(n) > room)
      truncated = true;
    output.append(buffer, std::min(static_cast<size_t>(n), room));
  }
  return output;
}

/// Runs `entry` in a child process; the failure's description and the
/// child's output, or nullopt when it passed.
std::optional<std::string> runInChild(JITProgram::EntryPoint entry,
                                      llvm::StringRef file, unsigned timeout) {
  int fds[2];
  if (pipe(fds) != 0)
    return std::string("cannot create a pipe: ") + strerror(errno);
  // What this process buffered must not be written again by the child.
  llvm::outs().flush();
  llvm::errs().flush();
  fflush(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return std::string("cannot start a process: ") + strerror(errno);
  }
  if (pid == 0) {
    close(fds[0]);
    dup2(fds[1], STDOUT_FILENO);
    dup2(fds[1], STDERR_FILENO);
    close(fds[1]);
    alarm(timeout); // SIGALRM ends the process.
    _exit(JITProgram::call(entry, {file.str()}));
  }
  close(fds[1]);
  bool truncated = false;
  std::string output = readOutput(fds[0], truncated);
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
    ;
  std::string failure = describeStatus(status, timeout);
  if (failure.empty())
    return std::nullopt;
  if (truncated)
    output += "\n... (output truncated)\n";
  if (!output.empty() && output.back() != '\n')
    output += '\n';
  return output + "(" + failure + ")\n";
}

void printIndented(llvm::StringRef text) {
  llvm::SmallVector<llvm::StringRef> lines;
  text.rtrim('\n').split(lines, '\n');
  for (llvm::StringRef line : lines)
    llvm::outs() << "    " << line << "\n";
}

/// Compiles `file` and runs its tests.
void runTestFile(const Options &options, const std::string &file,
                 Tally &tally) {
  Options fileOptions = options;
  fileOptions.input = file;
  Compilation c(fileOptions);
  CodegenOptions codegen = getCodegenOptions(fileOptions);
  auto llvmContext = std::make_unique<llvm::LLVMContext>();
  std::unique_ptr<llvm::Module> module;
  if (c.load())
    module = compileToLLVM(c, *llvmContext, codegen);
  std::vector<std::string> names;
  if (CheckResult *result = c.session.getResult(); result && result->program)
    for (const sema::FuncInstance *test : result->program->tests)
      names.push_back(test->info->name);
  // The diagnostics (warnings too) come before the file's results.
  if (c.finish() || !module) {
    llvm::outs() << "FAIL: " << file << " (does not compile)\n";
    ++tally.failed;
    return;
  }
  std::vector<JITProgram::EntryPoint> entries;
  auto program =
      JITProgram::create(std::move(module), std::move(llvmContext), codegen);
  llvm::Error error = program ? llvm::Error::success() : program.takeError();
  for (size_t i = 0; !error && i < names.size(); ++i) {
    auto entry = (*program)->lookup(getTestEntryName(i));
    if (entry)
      entries.push_back(*entry);
    else
      error = entry.takeError();
  }
  if (error) {
    llvm::outs() << "FAIL: " << file << " (does not compile)\n";
    printIndented(llvm::toString(std::move(error)));
    ++tally.failed;
    return;
  }
  for (size_t i = 0; i < names.size(); ++i) {
    std::optional<std::string> failure =
        runInChild(entries[i], file, options.testTimeout);
    llvm::outs() << (failure ? "FAIL: " : "PASS: ") << file
                 << "::" << names[i] << "\n";
    if (failure) {
      printIndented(*failure);
      ++tally.failed;
    } else {
      ++tally.passed;
    }
  }
}

} // namespace

int mojo::driver::runTests(const Options &options) {
  std::vector<std::string> paths = options.testPaths;
  if (paths.empty())
    paths.push_back(".");
  Tally tally;
  std::vector<std::string> files;
  {
    Compilation c(options); // For the paths that do not exist.
    for (const std::string &path : paths)
      if (!findTestFiles(c, path, files))
        ++tally.failed;
    c.finish();
  }
  for (const std::string &file : files)
    runTestFile(options, file, tally);
  llvm::outs() << tally.passed << " passed, " << tally.failed << " failed\n";
  llvm::outs().flush();
  return tally.failed ? 1 : 0;
}
