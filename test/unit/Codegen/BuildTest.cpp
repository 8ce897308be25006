//===- BuildTest.cpp - Objects, assembly and linked executables -----------===//
//
// The `mojoc build` path: emit an object, link it with the runtime through
// `cc`, run the executable and check what it printed and returned. Also
// reports how long lower + translate + O3 + emit takes for a small module
// (measured, never asserted).
//
//===----------------------------------------------------------------------===//
#include "CodegenTestSupport.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

#include "gtest/gtest.h"

#include <chrono>

using namespace mojo;
using namespace mojo::test;

namespace {

// Prints sqrt(argc + 1) with the runtime's float formatting, then exits
// through mojo_rt_exit(7) (argc = 1) or aborts (argc > 1).
const char *const kProgram = R"mlir(
llvm.mlir.global private constant @bye("bye\0A") {addr_space = 0 : i32} : !llvm.array<4 x i8>
llvm.mlir.global private constant @boom("boom") {addr_space = 0 : i32} : !llvm.array<4 x i8>
func.func private @mojo_rt_argc() -> i64
func.func private @mojo_rt_write(i64, !llvm.ptr, i64)
func.func private @mojo_rt_format_f64(f64, !llvm.ptr) -> i64
func.func private @mojo_rt_exit(i64)
func.func private @mojo_rt_abort(!llvm.ptr, i64)
func.func private @printFloat(%x: f64) {
  %size = llvm.mlir.constant(32 : i64) : i64
  %buf = llvm.alloca %size x i8 : (i64) -> !llvm.ptr
  %len = call @mojo_rt_format_f64(%x, %buf) : (f64, !llvm.ptr) -> i64
  %fd = arith.constant 1 : i64
  call @mojo_rt_write(%fd, %buf, %len) : (i64, !llvm.ptr, i64) -> ()
  return
}
func.func @__mojo_main() -> i32 {
  %argc = call @mojo_rt_argc() : () -> i64
  %one = arith.constant 1 : i64
  %n = arith.addi %argc, %one : i64
  %x = arith.sitofp %n : i64 to f64
  %root = math.sqrt %x : f64
  call @printFloat(%root) : (f64) -> ()
  %p = llvm.mlir.addressof @bye : !llvm.ptr
  %fd = arith.constant 1 : i64
  %len = arith.constant 4 : i64
  call @mojo_rt_write(%fd, %p, %len) : (i64, !llvm.ptr, i64) -> ()
  %single = arith.cmpi eq, %argc, %one : i64
  cf.cond_br %single, ^exit, ^abort
^exit:
  %code = arith.constant 7 : i64
  call @mojo_rt_exit(%code) : (i64) -> ()
  %unreachable = arith.constant 0 : i32
  return %unreachable : i32
^abort:
  %msg = llvm.mlir.addressof @boom : !llvm.ptr
  call @mojo_rt_abort(%msg, %len) : (!llvm.ptr, i64) -> ()
  %zero = arith.constant 0 : i32
  return %zero : i32
}
)mlir";

struct RunResult {
  int status;
  std::string out;
  std::string err;
};

RunResult runProgram(const TempDir &dir, const std::string &exe,
                     std::vector<llvm::StringRef> args) {
  std::string outPath = dir.file("stdout.txt");
  std::string errPath = dir.file("stderr.txt");
  // Redirection appends to an existing file.
  llvm::sys::fs::remove(outPath);
  llvm::sys::fs::remove(errPath);
  std::vector<llvm::StringRef> argv = {exe};
  argv.insert(argv.end(), args.begin(), args.end());
  std::optional<llvm::StringRef> redirects[] = {
      std::nullopt, llvm::StringRef(outPath), llvm::StringRef(errPath)};
  RunResult result;
  result.status = llvm::sys::ExecuteAndWait(exe, argv, std::nullopt, redirects);
  auto readFile = [](const std::string &path) {
    auto buffer = llvm::MemoryBuffer::getFile(path);
    return buffer ? (*buffer)->getBuffer().str() : std::string();
  };
  result.out = readFile(outPath);
  result.err = readFile(errPath);
  return result;
}

TEST(BuildTest, LinkedExecutableRunsWithTheRuntime) {
  TempDir dir;
  CompiledModule compiled = compileMLIR(kProgram);
  ASSERT_NE(compiled.module, nullptr);
  std::string object = dir.file("program.o");
  std::string exe = dir.file("program");
  ASSERT_FALSE(static_cast<bool>(
      emitFile(*compiled.module, object, OutputKind::Object, {})));
  llvm::Error linked = linkExecutable({object}, exe);
  ASSERT_FALSE(static_cast<bool>(linked)) << llvm::toString(std::move(linked));

  // sys.exit path: output flushed, exit status kept.
  RunResult exited = runProgram(dir, exe, {});
  EXPECT_EQ(exited.status, 7);
  EXPECT_EQ(exited.out, "1.4142135623730951bye\n");
  EXPECT_EQ(exited.err, "");

  // abort path: output flushed before the message, nonzero status.
  RunResult aborted = runProgram(dir, exe, {"x", "y"});
  EXPECT_NE(aborted.status, 0);
  EXPECT_EQ(aborted.out, "2.0bye\n");
  EXPECT_EQ(aborted.err, "ABORT: boom\n");
}

TEST(BuildTest, MainReturnValueIsTheExitStatus) {
  const char *source = R"mlir(
    func.func @__mojo_main() -> i32 {
      %c = arith.constant 42 : i32
      return %c : i32
    })mlir";
  TempDir dir;
  CompiledModule compiled = compileMLIR(source);
  ASSERT_NE(compiled.module, nullptr);
  std::string object = dir.file("main.o");
  std::string exe = dir.file("main");
  ASSERT_FALSE(static_cast<bool>(
      emitFile(*compiled.module, object, OutputKind::Object, {})));
  ASSERT_FALSE(static_cast<bool>(linkExecutable({object}, exe)));
  EXPECT_EQ(runProgram(dir, exe, {}).status, 42);
}

TEST(BuildTest, AssemblyNamesTheEntryPoint) {
  TempDir dir;
  CompiledModule compiled = compileMLIR(kProgram);
  ASSERT_NE(compiled.module, nullptr);
  std::string path = dir.file("program.s");
  ASSERT_FALSE(static_cast<bool>(
      emitFile(*compiled.module, path, OutputKind::Assembly, {})));
  auto text = llvm::MemoryBuffer::getFile(path);
  ASSERT_TRUE(static_cast<bool>(text));
  EXPECT_NE((*text)->getBuffer().find("__mojo_main:"), llvm::StringRef::npos);
  // Private functions are internal, so O3 inlined printFloat away.
  EXPECT_EQ((*text)->getBuffer().find("printFloat:"), llvm::StringRef::npos);
}

TEST(BuildTest, MissingRuntimeIsAnError) {
  llvm::Error err = linkExecutable({"nothing.o"}, "nothing", "/nonexistent");
  ASSERT_TRUE(static_cast<bool>(err));
  EXPECT_NE(llvm::toString(std::move(err)).find("libmojo_runtime"),
            std::string::npos);
}

TEST(BuildTest, CompileTimeOfASmallModule) {
  TempDir dir;
  using Clock = std::chrono::steady_clock;
  // The first run pays for one-time setup (target registration, host CPU
  // detection); report it and a warm run separately.
  for (const char *label : {"cold", "warm"}) {
    auto start = Clock::now();
    CompiledModule compiled = compileMLIR(kProgram);
    auto translated = Clock::now();
    ASSERT_NE(compiled.module, nullptr);
    ASSERT_FALSE(static_cast<bool>(emitFile(
        *compiled.module, dir.file("timed.o"), OutputKind::Object, {})));
    auto emitted = Clock::now();
    auto ms = [](Clock::duration d) {
      return std::chrono::duration<double, std::milli>(d).count();
    };
    std::printf("[ timing ] %s: parse+lower+translate+O3 %.1f ms, emit object "
                "%.1f ms, total %.1f ms\n",
                label, ms(translated - start), ms(emitted - translated),
                ms(emitted - start));
  }
}

} // namespace
