//===- SemaPacks.h - Parameters that take a pack ----------------*- C++ -*-===//
//
// A heterogeneous pack parameter is spelled two ways (LANGUAGE.md §4):
//
//   fn print[*Ts: Writable](*values: *Ts)            the call's arguments
//   fn write_args[*Ts: Writable](mut w: W,
//                 args: VariadicPack[_, Writable, *Ts])   a pack passed on
//
// Either is one slot per element in the instance (SemaDecl.cpp). The
// second takes a caller's own pack, named whole (`write_args(w, args)`):
// the call spreads it into its elements, each given the keyword
// kWholePackKeyword (an empty pack gives one marker), so that only such a
// parameter takes them, and a `*values` one never does (in Mojo it would
// take the pack as one value).
//
//===----------------------------------------------------------------------===//
#ifndef MOJO_SEMA_SEMAPACKS_H
#define MOJO_SEMA_SEMAPACKS_H

#include "compiler/AST/ASTContext.h"
#include "compiler/SemIR/Checked.h"

#include "llvm/ADT/StringRef.h"

namespace mojo::sema {

/// The keyword of each element of a pack passed on whole; no identifier,
/// so no keyword argument is spelled so.
inline constexpr llvm::StringLiteral kWholePackKeyword = "*pack";
/// The keyword of the one `None` an empty pack passed on whole gives, so
/// that the call still passed a pack, which no slot takes.
inline constexpr llvm::StringLiteral kEmptyPackKeyword = "*empty pack";

/// Whether an argument's keyword marks it as a pack passed on whole.
inline bool isWholePackKeyword(llvm::StringRef keyword) {
  return keyword == kWholePackKeyword || keyword == kEmptyPackKeyword;
}

/// `*Ts`, for `*values: *Ts` and `values: VariadicPack[..., *Ts]`; null
/// for any other parameter.
const ast::UnpackExpr *getPackType(const ast::ASTContext &ctx,
                                   const ast::ParamDecl &param);

/// Whether `param` is `values: VariadicPack[..., *Ts]`: it takes a pack
/// passed on whole.
bool takesWholePack(const ast::ASTContext &ctx, const ast::ParamDecl &param);

class BodyChecker;

/// `values.each[f]()` and `values.each_idx[f]()` as a statement, over a
/// pack: one call per element, `f[T](v)` or `f[i, T](v)`, `f` a nested
/// function with those parameters. False when `expr` is no such call.
bool checkPackEach(BodyChecker &checker, const ast::Expr &expr, CBlock &out);

} // namespace mojo::sema

#endif // MOJO_SEMA_SEMAPACKS_H
