//===- ParserTest.cpp - Precedence, chaining, `^`, shapes of nodes --------===//
#include "ParseTestUtil.h"

#include "compiler/AST/ASTContext.h"

using namespace mojo;
using namespace mojo::ast;

namespace {
std::string args(const ASTContext &ctx, llvm::ArrayRef<Argument> list) {
  std::string out;
  for (const Argument &arg : list) {
    out += ' ';
    if (arg.hasKeyword())
      out += arg.keyword.str() + "=";
    out += ParseTest::sexpr(ctx, arg.value);
  }
  return out;
}

std::string list(const ASTContext &ctx, llvm::ArrayRef<ExprId> items) {
  std::string out;
  for (ExprId item : items)
    out += " " + ParseTest::sexpr(ctx, item);
  return out;
}

std::string opt(const ASTContext &ctx, ExprId id) {
  return id ? ParseTest::sexpr(ctx, id) : "_";
}
} // namespace

std::string ParseTest::sexpr(const ASTContext &ctx, ExprId id) {
  const Expr &e = ctx.get(id);
  using llvm::cast;
  switch (e.getKind()) {
  case Expr::Kind::Name:
    return cast<NameExpr>(e).getName().str();
  case Expr::Kind::IntegerLiteral:
    return cast<IntegerLiteralExpr>(e).getText().str();
  case Expr::Kind::FloatLiteral:
    return cast<FloatLiteralExpr>(e).getText().str();
  case Expr::Kind::StringLiteral:
    return "\"" + cast<StringLiteralExpr>(e).getValue().str() + "\"";
  case Expr::Kind::BoolLiteral:
    return cast<BoolLiteralExpr>(e).getValue() ? "True" : "False";
  case Expr::Kind::NoneLiteral:
    return "None";
  case Expr::Kind::Ellipsis:
    return "...";
  case Expr::Kind::Error:
    return "<error>";
  case Expr::Kind::Member:
    return "(. " + sexpr(ctx, cast<MemberExpr>(e).getBase()) + " " +
           cast<MemberExpr>(e).getName().str() + ")";
  case Expr::Kind::Call:
    return "(call " + sexpr(ctx, cast<CallExpr>(e).getCallee()) +
           args(ctx, cast<CallExpr>(e).getArgs()) + ")";
  case Expr::Kind::Subscript:
    return "([] " + sexpr(ctx, cast<SubscriptExpr>(e).getBase()) +
           args(ctx, cast<SubscriptExpr>(e).getIndices()) + ")";
  case Expr::Kind::Slice: {
    const auto &s = cast<SliceExpr>(e);
    return "(: " + opt(ctx, s.getLower()) + " " + opt(ctx, s.getUpper()) +
           " " + opt(ctx, s.getStep()) + ")";
  }
  case Expr::Kind::Transfer:
    return "(^ " + sexpr(ctx, cast<TransferExpr>(e).getOperand()) + ")";
  case Expr::Kind::Unary:
    return "(" + getSpelling(cast<UnaryExpr>(e).getOp()).str() + " " +
           sexpr(ctx, cast<UnaryExpr>(e).getOperand()) + ")";
  case Expr::Kind::Binary:
    return "(" + getSpelling(cast<BinaryExpr>(e).getOp()).str() + " " +
           sexpr(ctx, cast<BinaryExpr>(e).getLHS()) + " " +
           sexpr(ctx, cast<BinaryExpr>(e).getRHS()) + ")";
  case Expr::Kind::Compare: {
    std::string out = "(";
    for (const CompareOperator &op : cast<CompareExpr>(e).getOps())
      out += getSpelling(op.op).str() + ",";
    out.pop_back();
    return out + list(ctx, cast<CompareExpr>(e).getOperands()) + ")";
  }
  case Expr::Kind::BoolOp:
    return "(" + getSpelling(cast<BoolOpExpr>(e).getOp()).str() + " " +
           sexpr(ctx, cast<BoolOpExpr>(e).getLHS()) + " " +
           sexpr(ctx, cast<BoolOpExpr>(e).getRHS()) + ")";
  case Expr::Kind::Not:
    return "(not " + sexpr(ctx, cast<NotExpr>(e).getOperand()) + ")";
  case Expr::Kind::Ternary: {
    const auto &t = cast<TernaryExpr>(e);
    return "(if " + sexpr(ctx, t.getCondition()) + " " +
           sexpr(ctx, t.getThenValue()) + " " + sexpr(ctx, t.getElseValue()) +
           ")";
  }
  case Expr::Kind::Walrus:
    return "(:= " + cast<WalrusExpr>(e).getName().str() + " " +
           sexpr(ctx, cast<WalrusExpr>(e).getValue()) + ")";
  case Expr::Kind::Unpack:
    return std::string(cast<UnpackExpr>(e).isDoubleStar() ? "(** " : "(* ") +
           sexpr(ctx, cast<UnpackExpr>(e).getOperand()) + ")";
  case Expr::Kind::Await:
    return "(await " + sexpr(ctx, cast<AwaitExpr>(e).getOperand()) + ")";
  case Expr::Kind::Tuple:
    return "(tuple" + list(ctx, cast<TupleExpr>(e).getElements()) + ")";
  case Expr::Kind::ListDisplay:
    return "(list" + list(ctx, cast<ListDisplayExpr>(e).getElements()) + ")";
  case Expr::Kind::FunctionType:
    return "(fn-type " + opt(ctx, cast<FunctionTypeExpr>(e).getResult()) + ")";
  case Expr::Kind::RefType:
    return "(ref" + list(ctx, cast<RefTypeExpr>(e).getOrigins()) + " " +
           sexpr(ctx, cast<RefTypeExpr>(e).getType()) + ")";
  }
  return "?";
}

namespace {

TEST_F(ParseTest, ArithmeticPrecedence) {
  EXPECT_EQ(expr("a + b * c"), "(+ a (* b c))");
  EXPECT_EQ(expr("a - b - c"), "(- (- a b) c)");
  EXPECT_EQ(expr("a * b @ c / d // e % f"),
            "(% (// (/ (@ (* a b) c) d) e) f)");
  EXPECT_EQ(expr("a | b ^ c & d << e + f"),
            "(| a (^ b (& c (<< d (+ e f)))))");
  EXPECT_EQ(expr("a << b >> c"), "(>> (<< a b) c)");
  EXPECT_EQ(expr("(a + b) * c"), "(* (+ a b) c)");
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, PowerAndUnary) {
  EXPECT_EQ(expr("-2**2"), "(- (** 2 2))");
  EXPECT_EQ(expr("2**-1"), "(** 2 (- 1))");
  EXPECT_EQ(expr("2**3**2"), "(** 2 (** 3 2))");
  EXPECT_EQ(expr("-x.y"), "(- (. x y))");
  EXPECT_EQ(expr("~-+a"), "(~ (- (+ a)))");
  EXPECT_EQ(expr("a * -b"), "(* a (- b))");
  EXPECT_EQ(expr("await f() ** 2"), "(** (await (call f)) 2)");
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, ComparisonChains) {
  EXPECT_EQ(expr("a < b <= c"), "(<,<= a b c)");
  EXPECT_EQ(expr("a == b != c"), "(==,!= a b c)");
  EXPECT_EQ(expr("a not in b"), "(not in a b)");
  EXPECT_EQ(expr("a is not None"), "(is not a None)");
  EXPECT_EQ(expr("a in b is c"), "(in,is a b c)");
  EXPECT_EQ(expr("a + 1 < b * 2"), "(< (+ a 1) (* b 2))");
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, BooleanOperators) {
  EXPECT_EQ(expr("not a == b"), "(not (== a b))");
  EXPECT_EQ(expr("a and b or c and d"), "(or (and a b) (and c d))");
  EXPECT_EQ(expr("a or b or c"), "(or (or a b) c)");
  EXPECT_EQ(expr("not not a"), "(not (not a))");
  EXPECT_EQ(expr("a if b else c if d else e"), "(if b a (if d c e))");
  EXPECT_EQ(expr("x if a or b else y"), "(if (or a b) x y)");
  EXPECT_EQ(expr("(n := len(s)) > 0"), "(> (:= n (call len s)) 0)");
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, CaretIsTransferOrXor) {
  EXPECT_EQ(expr("x^"), "(^ x)");
  EXPECT_EQ(expr("f(x^)"), "(call f (^ x))");
  EXPECT_EQ(expr("f(a^, b)"), "(call f (^ a) b)");
  EXPECT_EQ(expr("x ^ y"), "(^ x y)");
  EXPECT_EQ(expr("x^+1"), "(^ x (+ 1))");
  EXPECT_EQ(expr("x^ -1"), "(^ x (- 1))");
  EXPECT_EQ(expr("[x^]"), "(list (^ x))");
  EXPECT_EQ(expr("p.name^"), "(^ (. p name))");
  EXPECT_EQ(expr("x^ if c else y"), "(if c (^ x) y)");
  EXPECT_EQ(expr("a ^ b^"), "(^ a (^ b))");
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, PostfixForms) {
  EXPECT_EQ(expr("f[T](a, k=1)"), "(call ([] f T) a k=1)");
  EXPECT_EQ(expr("x[1:2, ::-1]"), "([] x (: 1 2 _) (: _ _ (- 1)))");
  EXPECT_EQ(expr("p[]"), "([] p)");
  EXPECT_EQ(expr("SIMD[*_]"), "([] SIMD (* _))");
  EXPECT_EQ(expr("Grid[_, cols=_, **_]"), "([] Grid _ cols=_ (** _))");
  EXPECT_EQ(expr("__mlir_op.`index.add`(a, b)"),
            "(call (. __mlir_op index.add) a b)");
  EXPECT_EQ(expr("x[i][j].k()"), "(call (. ([] ([] x i) j) k))");
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, Displays) {
  EXPECT_EQ(expr("()"), "(tuple)");
  EXPECT_EQ(expr("(1,)"), "(tuple 1)");
  EXPECT_EQ(expr("(1)"), "1");
  EXPECT_EQ(expr("1, 2"), "(tuple 1 2)");
  EXPECT_EQ(expr("[1, \"x\", 2.5]"), "(list 1 \"x\" 2.5)");
  EXPECT_EQ(expr("[]"), "(list)");
  EXPECT_EQ(expr("f(\"a\" 'b')"), "(call f \"ab\")");
  EXPECT_EQ(expr("True, False, None, ..."),
            "(tuple True False None ...)");
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, IntegerValues) {
  const Module &m = parse("0xFF_FF + 123456789012345678901234567890\n");
  const auto &stmt = m.getContext().getAs<ExprStmt>(m.getBody().front());
  const auto &add = m.getContext().getAs<BinaryExpr>(stmt.getExpr());
  const auto &hex = m.getContext().getAs<IntegerLiteralExpr>(add.getLHS());
  const auto &big = m.getContext().getAs<IntegerLiteralExpr>(add.getRHS());
  EXPECT_EQ(hex.getValue().getZExtValue(), 0xFFFFu);
  EXPECT_EQ(llvm::toString(big.getValue(), 10, false),
            "123456789012345678901234567890");
}

TEST_F(ParseTest, RangesIncludeWholeNode) {
  const Module &m = parse("x = (a + b) * c\n");
  const ASTContext &ctx = m.getContext();
  const auto &assign = ctx.getAs<AssignStmt>(m.getBody().front());
  const auto &mul = ctx.getAs<BinaryExpr>(assign.getValue());
  EXPECT_EQ(where(mul.getStartLoc()), "1:5");
  EXPECT_EQ(where(mul.getEndLoc()), "1:16");
  EXPECT_EQ(where(ctx.get(mul.getLHS()).getStartLoc()), "1:6");
  EXPECT_EQ(where(assign.getStartLoc()), "1:1");
  EXPECT_EQ(where(assign.getEndLoc()), "1:16");
}

TEST_F(ParseTest, AdjacentStringsSpanAllPieces) {
  const Module &m = parse("var msg = \"part one, \"\n          \"part two\"\n");
  const ASTContext &ctx = m.getContext();
  const auto &var = ctx.getAs<VarStmt>(m.getBody().front());
  const auto &lit = ctx.getAs<StringLiteralExpr>(var.getInit());
  EXPECT_EQ(lit.getValue(), "part one, part two");
  EXPECT_EQ(lit.getNumPieces(), 2u);
  EXPECT_EQ(where(lit.getStartLoc()), "1:11");
  EXPECT_EQ(where(lit.getEndLoc()), "2:21");
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, Assignments) {
  const Module &m = parse("a = b = 0\na, b = b, a\nx += 1\nvar c: String\n");
  const ASTContext &ctx = m.getContext();
  ASSERT_EQ(m.getBody().size(), 4u);
  const auto &chain = ctx.getAs<AssignStmt>(m.getBody()[0]);
  EXPECT_EQ(chain.getTargets().size(), 2u);
  const auto &swap = ctx.getAs<AssignStmt>(m.getBody()[1]);
  EXPECT_EQ(sexpr(ctx, swap.getTargets()[0]), "(tuple a b)");
  EXPECT_EQ(sexpr(ctx, swap.getValue()), "(tuple b a)");
  EXPECT_EQ(ctx.getAs<AugAssignStmt>(m.getBody()[2]).getOp(), BinaryOp::Add);
  const auto &var = ctx.getAs<VarStmt>(m.getBody()[3]);
  EXPECT_FALSE(var.getInit().isValid());
  EXPECT_EQ(ctx.get(var.getVars()[0]).getName(), "c");
  EXPECT_EQ(m.getDecls().size(), 1u);
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, FunctionSignature) {
  const Module &m = parse(
      "fn f[dt: DType, //, n: Int = 2](a: Int, /, b: Int = 0, *rest: Int,\n"
      "      flag: Bool, **kw: Int) raises -> Int:\n    return a\n");
  const ASTContext &ctx = m.getContext();
  ASSERT_EQ(m.getDecls().size(), 1u);
  const auto &fn = ctx.getAs<FuncDecl>(m.getDecls()[0]);
  EXPECT_EQ(fn.getName(), "f");
  EXPECT_TRUE(fn.raises());
  ASSERT_EQ(fn.getParams().params.size(), 2u);
  EXPECT_EQ(ctx.getAs<ParamDecl>(fn.getParams().params[0]).getParamKind(),
            ParamKind::InferOnly);
  auto kind = [&](unsigned i) {
    return ctx.getAs<ParamDecl>(fn.getArgs().params[i]).getParamKind();
  };
  ASSERT_EQ(fn.getArgs().params.size(), 5u);
  EXPECT_EQ(kind(0), ParamKind::PositionalOnly);
  EXPECT_EQ(kind(1), ParamKind::PositionalOrKeyword);
  EXPECT_TRUE(ctx.getAs<ParamDecl>(fn.getArgs().params[2]).isVariadic());
  EXPECT_EQ(kind(3), ParamKind::KeywordOnly);
  EXPECT_TRUE(ctx.getAs<ParamDecl>(fn.getArgs().params[4]).isKwVariadic());
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, Conventions) {
  const Module &m = parse("fn g(mut self, owned x: T, ref [o] y: T, "
                          "out r: T, mut: Int, *args: *Ts): pass\n");
  const ASTContext &ctx = m.getContext();
  const auto &fn = ctx.getAs<FuncDecl>(m.getDecls()[0]);
  auto param = [&](unsigned i) -> const ParamDecl & {
    return ctx.getAs<ParamDecl>(fn.getArgs().params[i]);
  };
  EXPECT_EQ(param(0).getConvention(), Convention::Mut);
  EXPECT_FALSE(param(0).getType().isValid());
  EXPECT_EQ(param(1).getConvention(), Convention::Owned);
  EXPECT_EQ(param(2).getConvention(), Convention::Ref);
  EXPECT_EQ(param(2).getRefOrigins().size(), 1u);
  EXPECT_EQ(param(3).getConvention(), Convention::Out);
  EXPECT_EQ(param(4).getName(), "mut");
  EXPECT_EQ(param(4).getConvention(), Convention::Default);
  EXPECT_TRUE(llvm::isa<UnpackExpr>(ctx.get(param(5).getType())));
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, StructMembers) {
  const Module &m = parse("@value\nstruct S[T: AnyType](A, B):\n"
                          "    \"\"\"Doc.\"\"\"\n    var x: Int\n"
                          "    alias N = 4\n    fn get(self) -> Int:\n"
                          "        return self.x\n");
  const ASTContext &ctx = m.getContext();
  const auto &s = ctx.getAs<StructDecl>(m.getDecls()[0]);
  EXPECT_EQ(s.getDocstring(), "Doc.");
  EXPECT_EQ(s.getTraits().size(), 2u);
  ASSERT_EQ(s.getMembers().size(), 3u);
  EXPECT_TRUE(ctx.getAs<VarDecl>(s.getMembers()[0]).isField());
  EXPECT_TRUE(llvm::isa<AliasDecl>(ctx.get(s.getMembers()[1])));
  EXPECT_TRUE(llvm::isa<FuncDecl>(ctx.get(s.getMembers()[2])));
  ASSERT_NE(s.findDecorator("value"), nullptr);
  EXPECT_EQ(where(s.getStartLoc()), "1:1");
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, ElifChainIsFlat) {
  const Module &m = parse("@parameter\nif a:\n    pass\nelif b:\n    pass\n"
                          "elif c: pass\nelse:\n    pass\n");
  const auto &stmt = m.getContext().getAs<IfStmt>(m.getBody()[0]);
  EXPECT_EQ(stmt.getClauses().size(), 3u);
  EXPECT_TRUE(stmt.hasElse());
  EXPECT_TRUE(stmt.isParameter());
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, FunctionTypes) {
  const Module &m =
      parse("fn twice[f: fn (Int) capturing [_] -> Int](x: Int) -> Int:\n"
            "    return f(f(x))\nalias F = fn (mut x: Int, Int) raises -> "
            "ref [o] Int\n");
  EXPECT_EQ(takeDiags(), Diags{});
  const ASTContext &ctx = m.getContext();
  const auto &alias = ctx.getAs<AliasDecl>(m.getDecls()[1]);
  const auto &type = ctx.getAs<FunctionTypeExpr>(alias.getValue());
  EXPECT_TRUE(type.getEffects().raises);
  ASSERT_EQ(type.getArgs().size(), 2u);
  EXPECT_EQ(ctx.get(type.getArgs()[0]).getName(), "x");
  EXPECT_EQ(ctx.get(type.getArgs()[1]).getName(), "");
  EXPECT_TRUE(llvm::isa<RefTypeExpr>(ctx.get(type.getResult())));
}

TEST_F(ParseTest, Imports) {
  const Module &m = parse("import a.b as c, d\nfrom ..x.y import (p, q as r,)\n"
                          "from . import z\nfrom m import *\n");
  const ASTContext &ctx = m.getContext();
  ASSERT_EQ(m.getDecls().size(), 4u);
  const auto &imp = ctx.getAs<ImportDecl>(m.getDecls()[0]);
  EXPECT_EQ(imp.getModules().size(), 2u);
  EXPECT_EQ(imp.getModules()[0].asName, "c");
  const auto &from = ctx.getAs<FromImportDecl>(m.getDecls()[1]);
  EXPECT_EQ(from.getLevel(), 2u);
  EXPECT_EQ(from.getNames().size(), 2u);
  EXPECT_EQ(ctx.getAs<FromImportDecl>(m.getDecls()[2]).getLevel(), 1u);
  EXPECT_TRUE(ctx.getAs<FromImportDecl>(m.getDecls()[3]).isWildcard());
  EXPECT_EQ(takeDiags(), Diags{});
}

TEST_F(ParseTest, ContextCountsAndInterning) {
  const Module &m = parse("x = x + x\n");
  const ASTContext &ctx = m.getContext();
  EXPECT_EQ(ctx.getCount(Expr::Kind::Name), 3u);
  EXPECT_EQ(ctx.getCount(Stmt::Kind::Assign), 1u);
  EXPECT_EQ(ctx.getNumExprs(), 4u);
  const auto &assign = ctx.getAs<AssignStmt>(m.getBody()[0]);
  const auto &add = ctx.getAs<BinaryExpr>(assign.getValue());
  EXPECT_EQ(ctx.getAs<NameExpr>(add.getLHS()).getName().data(),
            ctx.getAs<NameExpr>(add.getRHS()).getName().data());
}

TEST_F(ParseTest, DumpFormat) {
  EXPECT_EQ(dump("fn main():\n    print(\"Hello, world!\")\n"),
            "Module\n"
            "  FuncDecl <1:1, 2:26> fn main\n"
            "    ParamList ()\n"
            "    Block\n"
            "      ExprStmt <2:5, 2:26>\n"
            "        Call <2:5, 2:26>\n"
            "          Name <2:5, 2:9> print\n"
            "          StringLiteral <2:11, 2:25> \"Hello, world!\"\n");
}

} // namespace
