//===- SessionTest.cpp - The resolution table of a file with errors -------===//
//
// What a language server asks: at this position of an unsaved buffer, which
// declaration is named and what is the type. The file has errors, and
// everything around them still resolves.
//
//===----------------------------------------------------------------------===//
#include "SessionTestUtil.h"

#include "compiler/AST/Module.h"
#include "compiler/SemIR/Program.h"

using namespace mojo;
using namespace mojo::sema;

namespace {

constexpr const char *kPath = "/nonexistent-mojoc-test/shapes.mojo";

constexpr const char *kSource = R"(struct Point:
    var x: Int
    var y: Int

    fn __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y

fn area(p: Point) -> Int:
    return p.x * p.y

fn main():
    var count = 3
    var q: Point = Point(1, 2)
    var a = area(q)
    var bad: Int = undefined_name
    var c = count + also_undefined
    print(count + q.y + a)
    missing_fn(q)
    missing_list[count]
)";

class ResolutionTest : public SessionTest {
protected:
  void SetUp() override {
    overlay->setBuffer(kPath, kSource);
    result = session->checkFile(kPath, options, /*recordResolutions=*/true);
    ASSERT_TRUE(result);
  }

  /// The offset of the `n`th (from 0) occurrence of `needle`, plus `delta`.
  static uint32_t offsetOf(llvm::StringRef needle, unsigned n = 0,
                           unsigned delta = 0) {
    llvm::StringRef text(kSource);
    size_t at = text.find(needle);
    for (unsigned i = 0; i < n && at != llvm::StringRef::npos; ++i)
      at = text.find(needle, at + 1);
    EXPECT_NE(at, llvm::StringRef::npos) << needle.str();
    return uint32_t(at + delta);
  }

  const Resolution &at(uint32_t offset) {
    const Resolution *r = result->resolutions.lookup(result->mainBuffer,
                                                     offset);
    EXPECT_TRUE(r) << "nothing resolved at offset " << offset;
    static const Resolution none;
    return r ? *r : none;
  }

  /// The offset of a declaration's range in the main buffer.
  uint32_t declOffset(const Resolution &r) {
    return uint32_t(r.declRange.Start.getPointer() -
                    session->getSources().getBufferStart(result->mainBuffer)
                        .getPointer());
  }

  static std::string typeOf(const Resolution &r) {
    return r.type ? getTypeName(r.type) : "<none>";
  }

  CheckResult *result = nullptr;
};

TEST_F(ResolutionTest, TheFileHasErrors) {
  std::vector<std::string> diags = diagnostics();
  ASSERT_EQ(diags.size(), 4u);
  EXPECT_NE(diags[0].find(":16:20: use of undeclared name `undefined_name`"),
            std::string::npos)
      << diags[0];
  EXPECT_NE(diags[1].find(":17:21: use of undeclared name `also_undefined`"),
            std::string::npos)
      << diags[1];
  EXPECT_NE(diags[2].find(":19:5: use of undeclared name `missing_fn`"),
            std::string::npos)
      << diags[2];
  EXPECT_NE(diags[3].find(":20:5: use of undeclared name `missing_list`"),
            std::string::npos)
      << diags[3];
}

TEST_F(ResolutionTest, ArgumentOfAnUnknownFunction) {
  const Resolution &r = at(offsetOf("missing_fn(q)", 0, 11));
  EXPECT_EQ(r.declKind, DeclKind::Variable);
  EXPECT_EQ(declOffset(r), offsetOf("q:"));
  EXPECT_EQ(typeOf(r), "Point");
  // And an index of an unknown name.
  const Resolution &index = at(offsetOf("missing_list[count]", 0, 13));
  EXPECT_EQ(index.declKind, DeclKind::Variable);
  EXPECT_EQ(declOffset(index), offsetOf("count"));
}

TEST_F(ResolutionTest, DeclarationNamesItself) {
  const Resolution &r = at(offsetOf("count"));
  EXPECT_EQ(r.declKind, DeclKind::Variable);
  EXPECT_EQ(declOffset(r), offsetOf("count"));
  EXPECT_EQ(typeOf(r), "Int");
}

TEST_F(ResolutionTest, LocalVariableUseNamesItsVar) {
  // `count` in `print(count + ...)`, after two statements with errors.
  const Resolution &r = at(offsetOf("count", 2));
  EXPECT_EQ(r.declKind, DeclKind::Variable);
  EXPECT_EQ(r.declName, "count");
  EXPECT_EQ(declOffset(r), offsetOf("count", 0));
  EXPECT_EQ(typeOf(r), "Int");
  // Its last letter finds it; the space after it, the sum around it.
  EXPECT_EQ(&at(offsetOf("count", 2, 4)), &r);
  EXPECT_EQ(at(offsetOf("count", 2, 5)).declKind, DeclKind::None);
  EXPECT_EQ(typeOf(at(offsetOf("count", 2, 5))), "Int");
}

TEST_F(ResolutionTest, OperandBeforeAnErrorInTheSameExpression) {
  // `count` in `count + also_undefined`.
  const Resolution &r = at(offsetOf("count", 1));
  EXPECT_EQ(r.declKind, DeclKind::Variable);
  EXPECT_EQ(declOffset(r), offsetOf("count", 0));
}

TEST_F(ResolutionTest, CallNamesTheFunction) {
  const Resolution &r = at(offsetOf("area(q)"));
  EXPECT_EQ(r.declKind, DeclKind::Function);
  EXPECT_EQ(r.declName, "area");
  EXPECT_EQ(declOffset(r), offsetOf("area"));
  // The argument is the variable `q`; the call's value is an Int.
  const Resolution &arg = at(offsetOf("area(q)", 0, 5));
  EXPECT_EQ(arg.declKind, DeclKind::Variable);
  EXPECT_EQ(declOffset(arg), offsetOf("q:"));
  EXPECT_EQ(typeOf(at(offsetOf("area(q)", 0, 6))), "Int");
}

TEST_F(ResolutionTest, MethodAndParameter) {
  // `p` in `p.x * p.y` is the parameter of `area`.
  const Resolution &p = at(offsetOf("p.x"));
  EXPECT_EQ(p.declKind, DeclKind::Parameter);
  EXPECT_EQ(declOffset(p), offsetOf("p: Point"));
  EXPECT_EQ(typeOf(p), "Point");
}

TEST_F(ResolutionTest, FieldAccessNamesTheField) {
  // `y` of `q.y` in the last line.
  const Resolution &r = at(offsetOf("q.y", 0, 2));
  EXPECT_EQ(r.declKind, DeclKind::Field);
  EXPECT_EQ(r.declName, "y");
  uint32_t decl = declOffset(r);
  EXPECT_LE(decl, offsetOf("y: Int"));
  EXPECT_GE(decl, offsetOf("var y"));
  EXPECT_EQ(typeOf(r), "Int");
  // On the base, the variable.
  EXPECT_EQ(at(offsetOf("q.y")).declKind, DeclKind::Variable);
}

TEST_F(ResolutionTest, TypeAnnotationNamesTheStruct) {
  const Resolution &r = at(offsetOf("Point =", 0, 1));
  EXPECT_EQ(r.declKind, DeclKind::Struct);
  EXPECT_EQ(r.declName, "Point");
  EXPECT_EQ(declOffset(r), offsetOf("Point"));
  EXPECT_EQ(typeOf(r), "Point");
  // So does the annotation of a parameter, checked with the signature.
  EXPECT_EQ(at(offsetOf("p: Point", 0, 3)).declKind, DeclKind::Struct);
}

TEST_F(ResolutionTest, ConstructorCallNamesTheStruct) {
  const Resolution &r = at(offsetOf("Point(1"));
  EXPECT_EQ(r.declKind, DeclKind::Struct);
  EXPECT_EQ(declOffset(r), offsetOf("Point"));
  EXPECT_EQ(typeOf(at(offsetOf("(1, 2)", 0, 1))), "IntLiteral");
}

TEST_F(ResolutionTest, AnnotationBeforeAnErrorStillResolves) {
  // `var bad: Int = undefined_name`: the annotation is the stdlib's Int.
  const Resolution &r = at(offsetOf("Int = undefined"));
  EXPECT_EQ(r.declKind, DeclKind::Struct);
  EXPECT_EQ(r.declName, "Int");
  EXPECT_NE(session->getSources().findBuffer(r.declRange.Start),
            result->mainBuffer);
}

TEST_F(ResolutionTest, NothingOutsideExpressions) {
  EXPECT_EQ(result->resolutions.lookup(result->mainBuffer, 0), nullptr);
}

TEST_F(ResolutionTest, CheckedNodesKeepTheirOrigin) {
  const Program &program = *result->program;
  const ModuleInfo *main = nullptr;
  for (const auto &module : program.modules)
    if (module->bufferId == result->mainBuffer)
      main = module.get();
  ASSERT_TRUE(main);
  const ast::ASTContext &ctx = main->ast->getContext();
  const FuncInstance *mainFn = nullptr;
  for (const FuncInstance *instance : program.instances)
    if (instance->info->module == main && instance->info->name == "main")
      mainFn = instance;
  ASSERT_TRUE(mainFn);
  ASSERT_FALSE(mainFn->body.empty());
  unsigned withValue = 0;
  for (const CStmtPtr &stmt : mainFn->body) {
    if (!stmt->origin.isValid())
      continue; // A destruction the ownership pass placed.
    EXPECT_EQ(ctx.get(stmt->origin).getRange().Start, stmt->range.Start);
    if (stmt->kind == CStmt::Kind::Init && stmt->value &&
        stmt->value->origin.isValid()) {
      EXPECT_EQ(ctx.get(stmt->value->origin).getRange().Start,
                stmt->value->range.Start);
      ++withValue;
    }
  }
  EXPECT_GE(withValue, 2u); // `count` and `a`.
}

// 50,000 statements: one entry per name and expression, and a lookup that
// does not scan them.
TEST_F(SessionTest, LargeFunctionResolvesInLinearSpace) {
  constexpr unsigned kStatements = 50000;
  std::string text = "fn main():\n    var x = 0\n";
  for (unsigned i = 0; i < kStatements; ++i)
    text += "    x = x + 1\n";
  const char *path = "/nonexistent-mojoc-test/large.mojo";
  overlay->setBuffer(path, text);
  CheckResult *result = session->checkFile(path, options, true);
  ASSERT_TRUE(result);
  EXPECT_EQ(diagnostics(), std::vector<std::string>());
  size_t entries = result->resolutions.getEntries(result->mainBuffer).size();
  // `x` twice, `1`, `x + 1`: four per statement.
  EXPECT_GE(entries, 4u * kStatements);
  EXPECT_LE(entries, 5u * kStatements);
  const Resolution *last = result->resolutions.lookup(
      result->mainBuffer, uint32_t(text.size() - 6)); // The last `x`.
  ASSERT_TRUE(last);
  EXPECT_EQ(last->declKind, DeclKind::Variable);
  EXPECT_EQ(last->declRange.Start.getPointer() -
                session->getSources()
                    .getBufferStart(result->mainBuffer)
                    .getPointer(),
            int(text.find("x = 0")));
}

TEST(ResolutionTable, InnermostEntryOfNestedRanges) {
  // `f(a.b)`: the call, its callee, the member and its base.
  const char *text = "f(a.b)";
  auto range = [&](unsigned begin, unsigned end) {
    return SourceRange(SourceLoc::getFromPointer(text + begin),
                       SourceLoc::getFromPointer(text + end));
  };
  auto kind = [](DeclKind k) {
    Resolution r;
    r.declKind = k;
    return r;
  };
  ResolutionTable table;
  table.record(1, text, range(0, 6), kind(DeclKind::None));
  table.record(1, text, range(2, 5), kind(DeclKind::Field));
  table.record(1, text, range(0, 1), kind(DeclKind::Function));
  table.record(1, text, range(2, 3), kind(DeclKind::Variable));
  table.record(1, text, range(2, 3), kind(DeclKind::Parameter)); // Refined.
  table.finish();
  EXPECT_EQ(table.size(), 4u);
  EXPECT_EQ(table.lookup(1, 0)->declKind, DeclKind::Function);
  EXPECT_EQ(table.lookup(1, 2)->declKind, DeclKind::Parameter);
  EXPECT_EQ(table.lookup(1, 4)->declKind, DeclKind::Field);
  EXPECT_EQ(table.lookup(1, 5)->declKind, DeclKind::None);
  EXPECT_EQ(table.lookup(1, 6), nullptr);
  EXPECT_EQ(table.lookup(2, 0), nullptr);
}

} // namespace
