//===- SemaTestDiscovery.cpp - The entry points of `mojoc test` -----------===//
//
// For `mojoc test` (SemaOptions::findTests), the entry points are the test
// functions of the main module instead of `main`: every top-level function
// whose name starts with `test_` and that takes no arguments and no
// parameters, `fn ... raises` or `def`, in source order. Each is instantiated
// and used like `main`; IRGen gives each an entry of its own
// (`__mojo_test_<i>`), and the driver runs them one by one.
//
// A `test_` function with arguments cannot be called by the runner: it is
// skipped with a warning, which is what a misspelt fixture usually is.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/SemaImpl.h"

using namespace mojo;
using namespace mojo::sema;

void Sema::collectTests() {
  const ast::ASTContext &ctx = mainModule->ast->getContext();
  for (ast::DeclId id : mainModule->ast->getDecls()) {
    auto *decl = llvm::dyn_cast<ast::FuncDecl>(&ctx.get(id));
    if (!decl || !decl->getName().starts_with("test_"))
      continue;
    if (!decl->getArgs().params.empty() || decl->getParams().present) {
      diags.report(decl->getNameRange(), DiagID::warn_test_takes_arguments)
          << decl->getName();
      continue;
    }
    Entity entity = lookupGlobal(mainModule, decl->getName(), SourceRange());
    if (entity.kind != Entity::Kind::Funcs)
      continue;
    auto it = llvm::find_if(entity.funcs,
                            [&](FuncInfo *f) { return f->decl == decl; });
    if (it == entity.funcs.end())
      continue;
    FuncInstance *test = instantiate(*it, {}, SourceRange());
    program->tests.push_back(test);
    use(test);
    if (test->raises && !program->unhandledErrorHook)
      useUnhandledErrorHook();
  }
}
