//===- SemaCallLocation.cpp - `__call_location()`, a caller's location ----===//
//
// `builtin._location` tells a function where it was called from, which is
// how `testing.assert_equal` reports the user's line:
//
//   __source_location()   the place of this call itself
//   __call_location()     in a function: the place of the call of that
//                         function, one level up (`[inline_count=1]`)
//
// One compiler hook serves both. A function whose body names
// `__call_location` takes a hidden last argument, its caller's location,
// which every direct call passes as a constant of `_SourceLocation`:
//
//   fn check(x: Int) raises:               fn check(x: Int, <loc>):
//       raise __call_location().prefix(..)  ->   ... <loc> ...
//   check(n)        # f.mojo, line 7, col 5  ->   check(n, _SourceLocation(7, 5, "f.mojo"))
//
// and the hook in its body reads that argument. `__source_location()` is
// then an ordinary library function returning `__call_location()`. The
// argument is decided from the body's syntax, before the body is checked,
// since a caller may be checked first. Mojo gets the same answers by
// inlining (it requires `@always_inline` and walks `inline_count` levels
// up); here any function may ask, and `inline_count` is 1, or 0 for the
// hook's own place. Where there is no caller to ask (`main`, a test
// function, an `alias`, `__del__` and the other methods ownership calls
// implicitly) or no call to pass it (the function taken as a value, a
// method a trait requires), it is an error.
//
// Locations are `file:line:col`: the file as it was named on the command
// line or found by an import, the line and column (1-based) where the call
// expression starts.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

using namespace mojo;
using namespace mojo::sema;

static constexpr llvm::StringLiteral kHookName = "__call_location";

static bool blockNamesHook(const ast::ASTContext &ctx, ast::Block block);

static bool exprNamesHook(const ast::ASTContext &ctx, ast::ExprId id) {
  const ast::Expr &expr = ctx.get(id);
  if (auto *name = llvm::dyn_cast<ast::NameExpr>(&expr))
    return name->getName() == kHookName;
  bool found = false;
  ast::forEachChildExpr(expr, [&](ast::ExprId child) {
    found = found || exprNamesHook(ctx, child);
  });
  return found;
}

static bool blockNamesHook(const ast::ASTContext &ctx, ast::Block block) {
  for (ast::StmtId id : block) {
    bool found = false;
    ast::forEachStmtPart(
        ctx.get(id),
        [&](ast::ExprId e) { found = found || exprNamesHook(ctx, e); },
        [&](ast::Block b) { found = found || blockNamesHook(ctx, b); });
    if (found)
      return true;
  }
  return false;
}

bool Sema::readsCallLocation(FuncInfo *func) {
  if (!func->readsCallLocation) {
    func->readsCallLocation =
        func->decl && !func->decl->isStub() &&
        blockNamesHook(func->module->ast->getContext(), func->decl->getBody());
  }
  return *func->readsCallLocation;
}

Type Sema::getSourceLocationType(SourceRange range) {
  if (sourceLocationType)
    return sourceLocationType;
  sourceLocationType = program->types.getErrorType();
  if (ModuleInfo *module = loadModule("builtin._location", "", range)) {
    Entity e = lookupMember(module, "_SourceLocation", range);
    if (e.kind == Entity::Kind::Type && llvm::isa<StructType>(e.type))
      sourceLocationType = e.type;
  }
  return sourceLocationType;
}

void Sema::addCallLocationSlot(FuncInstance *instance) {
  if (!readsCallLocation(instance->info))
    return;
  // Copies, moves and destructions are checked nodes of their own, which
  // call these with no arguments but the values: they have no caller to
  // read (the hook says so in their bodies).
  if (llvm::is_contained({"__del__", "__copyinit__", "__moveinit__"},
                         instance->info->decl->getName()))
    return;
  ParamSlot slot;
  // Not an identifier: no keyword argument names it and no local name
  // hides the hook.
  slot.name = "<call location>";
  slot.type = getSourceLocationType(instance->info->nameRange);
  slot.convention = Convention::Read;
  slot.isCallLocation = true;
  if (llvm::isa<ErrorType>(slot.type))
    instance->signatureOk = false;
  instance->params.push_back(slot);
}

bool mojo::sema::takesCallLocation(const FuncInstance &instance) {
  return !instance.params.empty() && instance.params.back().isCallLocation;
}

CExprPtr BodyChecker::makeSourceLocation(SourceRange range) {
  auto *st = llvm::dyn_cast<StructType>(sema.getSourceLocationType(range));
  if (!st)
    return nullptr; // The stdlib is broken; reported where it is.
  auto ctors = st->getInfo()->methods.find("__init__");
  if (ctors == st->getInfo()->methods.end())
    return nullptr;
  const SourceManager &sources = sema.sources;
  LineColumn lc = sources.getLineColumn(range.Start);
  Type intLiteral = sema.getHookType("IntLiteral");
  std::vector<CExprPtr> args;
  for (unsigned n : {lc.line, lc.column}) {
    auto c = makeExpr(CExpr::Kind::IntConst, intLiteral, range);
    c->intValue = llvm::APSInt(llvm::APInt(64, n), /*isUnsigned=*/false);
    args.push_back(std::move(c));
  }
  auto file = makeExpr(CExpr::Kind::StringConst,
                       sema.getHookType("StringLiteral"), range);
  file->text = sources.getBufferName(sources.findBuffer(range.Start)).str();
  args.push_back(std::move(file));
  std::vector<llvm::StringRef> keywords(args.size());
  CExprPtr self;
  return resolveCall(ctors->second, self, args, keywords, nullptr, range,
                     "_SourceLocation", /*quiet=*/false);
}

/// The value of `[inline_count]`, or of `[inline_count=n]`: 1 when not
/// given; nullopt when reported.
std::optional<int64_t>
BodyChecker::getInlineCount(const ast::SubscriptExpr *params,
                            const ast::CallExpr &call) {
  if (!params)
    return 1;
  llvm::ArrayRef<ast::Argument> indices = params->getIndices();
  if (indices.size() != 1 ||
      (indices[0].hasKeyword() && indices[0].keyword != "inline_count")) {
    diags.report(call.getRange(), DiagID::err_call_location_form);
    return std::nullopt;
  }
  std::optional<CValue> count = evaluateParameter(indices[0].value);
  if (!count)
    return std::nullopt;
  if (count->kind != CValue::Kind::Int || count->intValue.isNegative() ||
      !count->intValue.isSignedIntN(64)) {
    diags.report(ast.get(indices[0].value).getRange(),
                 DiagID::err_call_location_form);
    return std::nullopt;
  }
  return count->intValue.getExtValue();
}

Entity BodyChecker::checkCallLocation(const ast::SubscriptExpr *params,
                                      const ast::CallExpr &call) {
  SourceRange range = call.getRange();
  if (!call.getArgs().empty()) {
    diags.report(range, DiagID::err_call_location_form);
    return Entity::error(range);
  }
  std::optional<int64_t> inlineCount = getInlineCount(params, call);
  if (!inlineCount)
    return Entity::error(range);
  if (*inlineCount == 0) {
    CExprPtr here = makeSourceLocation(range);
    return here ? valueEntity(std::move(here)) : Entity::error(range);
  }
  if (*inlineCount > 1) {
    diags.report(range, DiagID::err_not_yet_implemented)
        << "`__call_location` more than one call up";
    return Entity::error(range);
  }
  bool entry = &instance == sema.program->mainInstance ||
               llvm::is_contained(sema.program->tests, &instance);
  if (entry || !takesCallLocation(instance)) {
    diags.report(range, DiagID::err_call_location_no_caller)
        << (func.decl ? "`" + func.name + "`" : std::string("an `alias`"));
    return Entity::error(range);
  }
  return valueEntity(makeLocalRef(instance.paramLocals.back(), range));
}
