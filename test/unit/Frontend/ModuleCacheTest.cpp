//===- ModuleCacheTest.cpp - A Session re-checks without re-parsing -------===//
//
// What an editor does: check, edit the buffer, check again, a thousand
// times. The stdlib and every unchanged file keep their ASTs; an edited file
// is parsed again, its old AST is dropped, and each check reports all of its
// own errors, cached parse errors included.
//
//===----------------------------------------------------------------------===//
#include "SessionTestUtil.h"

#include "compiler/AST/Module.h"
#include "compiler/SemIR/Program.h"

#include <chrono>

using namespace mojo;
using namespace mojo::sema;

namespace {

constexpr const char *kMain = "/nonexistent-mojoc-cache/main.mojo";
constexpr const char *kHelper = "/nonexistent-mojoc-cache/helper.mojo";

constexpr const char *kHelperSource = R"(fn twice(x: Int) -> Int:
    return x * 2
)";

std::string mainSource(llvm::StringRef body) {
  return ("from helper import twice\n\nfn main():\n    " + body + "\n").str();
}

class ModuleCacheTest : public SessionTest {
protected:
  void SetUp() override { overlay->setBuffer(kHelper, kHelperSource); }

  CheckResult &check(llvm::StringRef body) {
    overlay->setBuffer(kMain, mainSource(body));
    consumer.clear();
    CheckResult *result = session->checkFile(kMain, options);
    EXPECT_TRUE(result);
    return *result;
  }

  /// Each module's AST, by path. Held, so that a new AST cannot take the
  /// address of one freed.
  static std::map<std::string, std::shared_ptr<const ast::Module>>
  asts(const CheckResult &result) {
    std::map<std::string, std::shared_ptr<const ast::Module>> out;
    for (const auto &module : result.program->modules)
      out[module->path] = module->ast;
    return out;
  }

  ModuleCache &cache() { return session->getModuleCache(); }
};

TEST_F(ModuleCacheTest, UnchangedModulesKeepTheirASTs) {
  auto first = asts(check("print(twice(1))"));
  unsigned parses = cache().getNumParses();
  EXPECT_GT(first.size(), 2u); // main, helper and the stdlib's prelude
  auto second = asts(check("print(twice(1))"));
  EXPECT_EQ(first, second);
  EXPECT_EQ(cache().getNumParses(), parses);
  EXPECT_TRUE(diagnostics().empty());
}

TEST_F(ModuleCacheTest, AnEditedMainIsParsedAloneAndReportsItsNewErrors) {
  auto first = asts(check("print(twice(1))"));
  unsigned parses = cache().getNumParses();
  CheckResult &edited = check("print(twice(undefined_name))");
  auto second = asts(edited);
  EXPECT_EQ(cache().getNumParses(), parses + 1);
  for (const auto &[path, ast] : second)
    if (path == kMain)
      EXPECT_NE(ast, first[path]);
    else
      EXPECT_EQ(ast, first[path]) << path;
  ASSERT_EQ(diagnostics().size(), 1u);
  EXPECT_NE(diagnostics()[0].find("undefined_name"), std::string::npos);
}

TEST_F(ModuleCacheTest, AnEditedImportIsParsedAgain) {
  auto first = asts(check("print(twice(1))"));
  overlay->setBuffer(kHelper, "fn twice(x: Int) -> Int:\n    return x + x\n");
  auto second = asts(check("print(twice(1))"));
  EXPECT_NE(second[kHelper], first[kHelper]);
  EXPECT_EQ(second[kMain], first[kMain]);
  // The helper's new text is what is checked: it no longer defines `twice`.
  overlay->setBuffer(kHelper, "fn thrice(x: Int) -> Int:\n    return x * 3\n");
  check("print(twice(1))");
  ASSERT_FALSE(diagnostics().empty());
  EXPECT_NE(diagnostics()[0].find("twice"), std::string::npos)
      << diagnostics()[0];
}

TEST_F(ModuleCacheTest, ParseErrorsOfAReusedModuleAreReportedAgain) {
  overlay->setBuffer(kHelper, kHelperSource + std::string("fn (\n"));
  check("print(twice(1))");
  std::vector<std::string> first = diagnostics();
  ASSERT_FALSE(first.empty());
  EXPECT_TRUE(session->getDiags().hadError());
  unsigned parses = cache().getNumParses();
  check("print(twice(1))");
  EXPECT_EQ(cache().getNumParses(), parses);
  EXPECT_EQ(diagnostics(), first);
  // The driver stops at errors: a reused broken module must count.
  EXPECT_TRUE(session->getDiags().hadError());
}

TEST_F(ModuleCacheTest, AModuleParsedPastTheErrorLimitIsNotKept) {
  // Its record of parse errors would be cut short by the limit.
  session->getDiags().setErrorLimit(2);
  overlay->setBuffer(kHelper, "var = 1\nvar = 2\nvar = 3\n");
  check("print(1)");
  EXPECT_EQ(cache().lookup(kHelper), nullptr);
  EXPECT_NE(cache().lookup(kMain), nullptr);
  unsigned parses = cache().getNumParses();
  check("print(1)");
  EXPECT_EQ(cache().getNumParses(), parses + 1);
  EXPECT_TRUE(session->getDiags().hadError());
}

TEST_F(ModuleCacheTest, AThousandEditsKeepTheCacheBounded) {
  check("print(twice(0))");
  size_t files = cache().size();
  std::weak_ptr<const ast::Module> firstMain = cache().lookup(kMain);
  ASSERT_FALSE(firstMain.expired());
  for (int i = 1; i <= 1000; ++i) {
    // Every other version has an error: both kinds are replaced.
    std::string body = i % 2 ? "print(twice(" + std::to_string(i) + "))"
                             : "print(twice(x" + std::to_string(i) + "))";
    CheckResult &result = check(body);
    ASSERT_EQ(diagnostics().size(), i % 2 ? 0u : 1u) << i;
    ASSERT_TRUE(result.program);
  }
  EXPECT_EQ(cache().size(), files);
  // The first version's AST is gone: neither the cache nor a program holds
  // it.
  EXPECT_TRUE(firstMain.expired());
}

TEST_F(ModuleCacheTest, AWarmCheckIsFasterThanACold) {
  using Clock = std::chrono::steady_clock;
  auto time = [&] {
    auto start = Clock::now();
    check("print(twice(1))");
    return std::chrono::duration<double, std::milli>(Clock::now() - start)
        .count();
  };
  double cold = time();
  double warm = time();
  for (int i = 0; i < 4; ++i)
    warm = std::min(warm, time());
  cache().clear();
  double coldAgain = time();
  std::cout << "[ cache    ] cold " << cold << " ms, cold again " << coldAgain
            << " ms, warm " << warm << " ms\n";
  // Only a sanity bound: timing is noisy on a loaded machine.
  EXPECT_LT(warm, std::max(cold, coldAgain) * 2);
}

} // namespace
