//===- ModuleLoaderTest.cpp - Unsaved buffers over the disk ---------------===//
#include "SessionTestUtil.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace mojo;

namespace {

/// A directory of its own for one test, removed with everything in it.
class TempDir {
public:
  TempDir() {
    EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("mojoc-loader", path));
  }
  ~TempDir() { llvm::sys::fs::remove_directories(path); }
  std::string file(llvm::StringRef name) const {
    llvm::SmallString<256> p(path);
    llvm::sys::path::append(p, name);
    return std::string(p);
  }
  void write(llvm::StringRef name, llvm::StringRef text) const {
    std::error_code ec;
    llvm::raw_fd_ostream os(file(name), ec);
    ASSERT_FALSE(ec);
    os << text;
  }

private:
  llvm::SmallString<256> path;
};

std::string loadText(ModuleLoader &loader, llvm::StringRef path) {
  auto buffer = loader.load(path);
  if (!buffer)
    return "error: " + llvm::toString(buffer.takeError());
  return (*buffer)->getBuffer().str();
}

TEST(ModuleLoader, OverlayShadowsTheDisk) {
  TempDir dir;
  dir.write("helper.mojo", "on disk\n");
  OverlayLoader loader(std::make_unique<FileSystemLoader>());
  EXPECT_EQ(loadText(loader, dir.file("helper.mojo")), "on disk\n");

  loader.setBuffer(dir.file("helper.mojo"), "unsaved\n");
  EXPECT_EQ(loadText(loader, dir.file("helper.mojo")), "unsaved\n");
  // The same file by another spelling of its path.
  EXPECT_EQ(loadText(loader, dir.file("./sub/../helper.mojo")), "unsaved\n");

  EXPECT_TRUE(loader.removeBuffer(dir.file("helper.mojo")));
  EXPECT_EQ(loadText(loader, dir.file("helper.mojo")), "on disk\n");
  EXPECT_FALSE(loader.removeBuffer(dir.file("helper.mojo")));
}

TEST(ModuleLoader, OverlayProvidesFilesNotOnDisk) {
  TempDir dir;
  OverlayLoader loader(std::make_unique<FileSystemLoader>());
  std::string path = dir.file("new.mojo");
  EXPECT_FALSE(loader.exists(path));
  EXPECT_EQ(loadText(loader, path), "error: no such file or directory");
  loader.setBuffer(path, "fn f(): pass\n");
  EXPECT_TRUE(loader.exists(path));
  EXPECT_EQ(loadText(loader, path), "fn f(): pass\n");
}

TEST(ModuleLoader, DirectoriesAreNoSources) {
  TempDir dir;
  FileSystemLoader loader;
  ASSERT_FALSE(llvm::sys::fs::create_directory(dir.file("pkg.mojo")));
  EXPECT_FALSE(loader.exists(dir.file("pkg.mojo")));
  EXPECT_EQ(loadText(loader, dir.file("pkg.mojo")), "error: it is a directory");
}

// Sema finds imports through the loader: the unsaved version of a module
// is the one checked, though the disk holds another.
TEST_F(SessionTest, ImportSeesTheUnsavedModule) {
  TempDir dir;
  dir.write("helper.mojo", "fn on_disk() -> Int:\n    return 1\n");
  overlay->setBuffer(dir.file("helper.mojo"),
                     "fn unsaved() -> Int:\n    return 2\n");
  overlay->setBuffer(dir.file("main.mojo"),
                     "from helper import unsaved\n"
                     "fn main():\n    print(unsaved())\n");
  CheckResult *result = session->checkFile(dir.file("main.mojo"), options);
  ASSERT_TRUE(result);
  EXPECT_EQ(diagnostics(), std::vector<std::string>());

  // Saved over by the disk again, the import names a function that is gone.
  overlay->removeBuffer(dir.file("helper.mojo"));
  result = session->checkFile(dir.file("main.mojo"), options);
  ASSERT_TRUE(result);
  ASSERT_EQ(diagnostics().size(), 1u);
  EXPECT_EQ(diagnostics()[0], dir.file("main.mojo") +
                                  ":1:20: module `helper` has no member "
                                  "named `unsaved`");
}

// Checking again re-reads every file; only the edited one needs a buffer.
TEST_F(SessionTest, RecheckKeepsTheBuffersOfUnchangedFiles) {
  const char *path = "/nonexistent-mojoc-test/main.mojo";
  overlay->setBuffer(path, "fn main():\n    print(1)\n");
  CheckResult *first = session->checkFile(path, options);
  ASSERT_TRUE(first);
  unsigned mainBuffer = first->mainBuffer;
  unsigned buffers = session->getSources().llvmSourceMgr().getNumBuffers();
  EXPECT_GT(buffers, 2u); // The stdlib's modules too.

  CheckResult *again = session->checkFile(path, options);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->mainBuffer, mainBuffer);
  EXPECT_EQ(session->getSources().llvmSourceMgr().getNumBuffers(), buffers);

  overlay->setBuffer(path, "fn main():\n    print(2)\n");
  CheckResult *edited = session->checkFile(path, options);
  ASSERT_TRUE(edited);
  EXPECT_NE(edited->mainBuffer, mainBuffer);
  EXPECT_EQ(session->getSources().llvmSourceMgr().getNumBuffers(),
            buffers + 1);
  EXPECT_EQ(diagnostics(), std::vector<std::string>());
}

TEST_F(SessionTest, RecheckCountsItsOwnErrors) {
  const char *path = "/nonexistent-mojoc-test/main.mojo";
  session->getDiags().setErrorLimit(1);
  overlay->setBuffer(path, "fn main():\n    print(nope)\n");
  ASSERT_TRUE(session->checkFile(path, options));
  EXPECT_TRUE(session->getDiags().hadError());
  // Still reported, though the limit was reached by the first check.
  ASSERT_TRUE(session->checkFile(path, options));
  ASSERT_EQ(diagnostics().size(), 2u);
  EXPECT_EQ(diagnostics()[0], diagnostics()[1]);

  overlay->setBuffer(path, "fn main():\n    print(1)\n");
  ASSERT_TRUE(session->checkFile(path, options));
  EXPECT_FALSE(session->getDiags().hadError());
}

TEST_F(SessionTest, MissingModuleIsReportedAtTheImport) {
  overlay->setBuffer("/nonexistent-mojoc-test/main.mojo",
                     "from nowhere.at_all import thing\n"
                     "fn main():\n    pass\n");
  CheckResult *result =
      session->checkFile("/nonexistent-mojoc-test/main.mojo", options);
  ASSERT_TRUE(result);
  EXPECT_EQ(diagnostics(),
            std::vector<std::string>{
                "/nonexistent-mojoc-test/main.mojo:1:6: unable to locate "
                "module `nowhere.at_all`"});
}

TEST_F(SessionTest, UnreadableMainFileIsReported) {
  EXPECT_EQ(session->checkFile("/nonexistent-mojoc-test/absent.mojo", options),
            nullptr);
  EXPECT_EQ(diagnostics(),
            std::vector<std::string>{
                "<unknown>: cannot open `/nonexistent-mojoc-test/absent.mojo`: "
                "no such file or directory"});
}

TEST_F(SessionTest, BinaryModuleIsRejected) {
  overlay->setBuffer("/nonexistent-mojoc-test/main.mojo",
                     "import blob\nfn main():\n    pass\n");
  overlay->setBuffer("/nonexistent-mojoc-test/blob.mojo",
                     llvm::StringRef("fn f():\0 pass\n", 14));
  ASSERT_TRUE(session->checkFile("/nonexistent-mojoc-test/main.mojo", options));
  EXPECT_EQ(diagnostics(),
            std::vector<std::string>{
                "/nonexistent-mojoc-test/blob.mojo:1:8: "
                "`/nonexistent-mojoc-test/blob.mojo` is not a text file: it "
                "contains a NUL byte"});
}

} // namespace
