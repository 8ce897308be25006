//===- ErrorNodesTest.cpp - The checked tree of a file with errors --------===//
//
// A client walking the checked tree (an editor's outline, a refactoring)
// finds every statement of a function with errors, and every part of a
// failed expression that checked: a failed expression is an Error node,
// never a null pointer where the node's kind needs one.
//
//===----------------------------------------------------------------------===//
#include "SessionTestUtil.h"

#include "compiler/SemIR/CheckedPrinter.h"
#include "compiler/SemIR/Program.h"

#include "llvm/Support/raw_ostream.h"

using namespace mojo;
using namespace mojo::sema;

namespace {

constexpr const char *kPath = "/nonexistent-mojoc-errors/errors.mojo";

// One statement of each kind the checker keeps when it fails.
constexpr const char *kSource = R"(fn f(a: Int, b: Int, c: Int) -> Int:
    return a + b + c

fn g(x: Int) -> Int:
    return undefined_in_g

fn main():
    var ok = 1
    f(1, undefined_name, 3)
    var bad = missing_value
    ok = also_missing
    ok += not_there
    if bad_condition:
        ok = 2
    elif ok == 1:
        ok = 3
    while no_such_flag:
        ok = 4
    print(f(ok, g(nope), 3))
    print(ok)
)";

/// Every CExprPtr that must be set: the node's operands, and each
/// statement's `value`, `target` and `cond` where its kind needs them.
class NullFinder {
public:
  unsigned nulls = 0;
  unsigned errors = 0;

  void block(const CBlock &b) {
    for (const CStmtPtr &s : b) {
      if (!s) {
        ++nulls;
        continue;
      }
      stmt(*s);
    }
  }

  void expr(const CExprPtr &e) {
    if (!e) {
      ++nulls;
      return;
    }
    if (e->kind == CExpr::Kind::Error) {
      ++errors;
      EXPECT_TRUE(llvm::isa<ErrorType>(e->type));
    }
    for (const CExprPtr &operand : e->operands)
      expr(operand);
  }

private:
  void stmt(const CStmt &s) {
    switch (s.kind) {
    case CStmt::Kind::Expr:
    case CStmt::Kind::Init:
      expr(s.value);
      break;
    case CStmt::Kind::Assign:
      expr(s.target);
      expr(s.value);
      break;
    case CStmt::Kind::If:
    case CStmt::Kind::While:
      expr(s.cond);
      break;
    case CStmt::Kind::Return:
    case CStmt::Kind::Raise:
      if (s.value)
        expr(s.value);
      break;
    default:
      break;
    }
    block(s.body);
    block(s.elifs);
    block(s.orElse);
    block(s.handler);
    block(s.finally);
  }
};

class ErrorNodesTest : public SessionTest {
protected:
  void SetUp() override {
    options.requireMain = true; // checkAllFunctions: `g` too
    overlay->setBuffer(kPath, kSource);
    result = session->checkFile(kPath, options);
    ASSERT_TRUE(result);
    ASSERT_TRUE(result->program->mainInstance);
  }

  const FuncInstance &instanceNamed(llvm::StringRef name) {
    for (const FuncInstance *instance : result->program->instances)
      if (instance->info->name == name)
        return *instance;
    ADD_FAILURE() << "no instance " << name.str();
    return *result->program->mainInstance;
  }

  CheckResult *result = nullptr;
};

TEST_F(ErrorNodesTest, EachErrorIsReportedOnce) {
  // One per mistake; none for the Error nodes standing for them.
  std::vector<std::string> diags = diagnostics();
  EXPECT_EQ(diags.size(), 8u);
  for (const std::string &d : diags)
    EXPECT_NE(d.find("undeclared name"), std::string::npos) << d;
}

TEST_F(ErrorNodesTest, EveryStatementOfMainIsKept) {
  const CBlock &body = result->program->mainInstance->body;
  // var ok, f(...), var bad, ok =, ok +=, if, while, print, print.
  ASSERT_EQ(body.size(), 9u);
  EXPECT_EQ(body[0]->kind, CStmt::Kind::Init);
  EXPECT_EQ(body[1]->kind, CStmt::Kind::Expr);
  EXPECT_EQ(body[2]->kind, CStmt::Kind::Init);
  EXPECT_EQ(body[3]->kind, CStmt::Kind::Assign);
  EXPECT_EQ(body[4]->kind, CStmt::Kind::Expr);
  EXPECT_EQ(body[5]->kind, CStmt::Kind::If);
  EXPECT_EQ(body[5]->elifs.size(), 1u);
  EXPECT_EQ(body[6]->kind, CStmt::Kind::While);
  EXPECT_EQ(body[7]->kind, CStmt::Kind::Expr);
  EXPECT_EQ(body[8]->kind, CStmt::Kind::Expr);
  for (size_t i = 0; i < body.size(); ++i)
    EXPECT_TRUE(body[i]->origin.isValid()) << i;
}

TEST_F(ErrorNodesTest, NoNullWhereTheKindNeedsAnExpression) {
  NullFinder finder;
  finder.block(result->program->mainInstance->body);
  EXPECT_EQ(finder.nulls, 0u);
  // f(...), its argument, var bad, both sides of `ok =`, `ok +=` and its
  // value, the if, the while, print(...), f(...), g(nope) and nope.
  EXPECT_GE(finder.errors, 10u);
  NullFinder inG;
  inG.block(instanceNamed("g").body);
  EXPECT_EQ(inG.nulls, 0u);
  EXPECT_EQ(inG.errors, 1u); // `return <error>`
}

TEST_F(ErrorNodesTest, AFailedCallKeepsItsCheckedArguments) {
  const CExpr &call = *result->program->mainInstance->body[1]->value;
  ASSERT_EQ(call.kind, CExpr::Kind::Error);
  EXPECT_TRUE(call.origin.isValid());
  ASSERT_EQ(call.operands.size(), 3u);
  EXPECT_EQ(call.operands[0]->kind, CExpr::Kind::IntConst);
  EXPECT_EQ(call.operands[0]->intValue, 1);
  EXPECT_EQ(call.operands[1]->kind, CExpr::Kind::Error);
  EXPECT_TRUE(call.operands[1]->operands.empty());
  EXPECT_EQ(call.operands[2]->kind, CExpr::Kind::IntConst);
  EXPECT_EQ(call.operands[2]->intValue, 3);
}

TEST_F(ErrorNodesTest, NestedFailedCallsNest) {
  // print(f(ok, g(nope), 3)): print's Error node holds f's, which holds
  // `ok`, g's Error node (holding `nope`'s) and 3.
  const CExpr &print = *result->program->mainInstance->body[7]->value;
  ASSERT_EQ(print.kind, CExpr::Kind::Error);
  ASSERT_EQ(print.operands.size(), 1u);
  const CExpr &f = *print.operands[0];
  ASSERT_EQ(f.kind, CExpr::Kind::Error);
  ASSERT_EQ(f.operands.size(), 3u);
  EXPECT_NE(f.operands[0]->kind, CExpr::Kind::Error);
  const CExpr &g = *f.operands[1];
  ASSERT_EQ(g.kind, CExpr::Kind::Error);
  ASSERT_EQ(g.operands.size(), 1u);
  EXPECT_EQ(g.operands[0]->kind, CExpr::Kind::Error);
  EXPECT_EQ(f.operands[2]->kind, CExpr::Kind::IntConst);
}

TEST_F(ErrorNodesTest, AFunctionWithErrorNodesIsNotCompiled) {
  EXPECT_FALSE(result->program->mainInstance->bodyOk);
  EXPECT_FALSE(instanceNamed("g").bodyOk);
  EXPECT_TRUE(instanceNamed("f").bodyOk);
  EXPECT_TRUE(session->getDiags().hadError());
}

TEST_F(ErrorNodesTest, ThePrinterShowsErrorNodes) {
  std::string text;
  llvm::raw_string_ostream os(text);
  printCheckedProgram(*result->program, os);
  EXPECT_NE(text.find("<error>(1, <error>, 3)"), std::string::npos) << text;
  EXPECT_NE(text.find("var bad: <error> = <error>"), std::string::npos)
      << text;
}

} // namespace
