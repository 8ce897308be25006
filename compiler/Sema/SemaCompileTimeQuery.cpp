//===- SemaCompileTimeQuery.cpp - `__compile_time_query[...]()` -----------===//
//
// The one compiler hook behind `sys.param_env` and `sys.info`: a call whose
// compile-time parameters name a query and its arguments, folded into the
// constant that answers it.
//
//   fn env_get_int[name: StringLiteral]() -> Int:
//       return __compile_time_query["define.int", name]()
//   env_get_int["N"]   (mojoc -D N=42)   ->   return 42   (an Int constant)
//
//   fn has_avx2() -> Bool:
//       return __compile_time_query["target.has_avx2"]()
//                                          ->   return True / False
//
// The fold is in the checked tree of each instance, so at run time these
// functions cost nothing once inlined, and the compile-time interpreter,
// which runs checked bodies, sees the constant. The queries:
//
//   target.<fact>                   Bool, or IntLiteral for `simdbitwidth`
//                                   and `simdbytewidth` (SemaOptions::target)
//   target.is_triple   triple       Bool: whether the target is `triple`
//   define.is_defined  name         Bool
//   define.int         name [dflt]  Int (decimal, signed 64-bit)
//   define.bool        name [dflt]  Bool (`True` or `False`)
//   define.string      name [dflt]  StringLiteral
//
// A define that is missing (and has no default) or does not parse is an
// error at the call that instantiated the stdlib function asking, with the
// chain of instances above it and a `-D` hint.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/TargetParser/Triple.h"

using namespace mojo;
using namespace mojo::sema;

/// The Bool facts of `sys.info`, for the machine `t`. mojoc compiles for
/// CPUs only: the GPU and accelerator queries are False.
static std::optional<bool> getTargetFlag(const TargetFacts &t,
                                         llvm::StringRef fact) {
  bool x86 = t.arch == "x86_64" || t.arch == "x86";
  bool arm = t.arch == "aarch64" || t.arch == "arm64" || t.arch == "arm";
  bool neon = arm && (t.hasFeature("neon") || t.arch == "aarch64");
  llvm::StringRef cpu = t.cpu;
  return llvm::StringSwitch<std::optional<bool>>(fact)
      .Case("is_x86", x86)
      .Case("has_sse4", x86 && t.hasFeature("sse4.1"))
      .Case("has_avx", x86 && t.hasFeature("avx"))
      .Case("has_avx2", x86 && t.hasFeature("avx2"))
      .Case("has_avx512f", x86 && t.hasFeature("avx512f"))
      .Case("has_fma", x86 && t.hasFeature("fma"))
      .Case("has_vnni", x86 && (t.hasFeature("avx512vnni") ||
                                t.hasFeature("avxvnni")))
      .Case("has_intel_amx", x86 && t.hasFeature("amx-tile"))
      .Case("has_neon", neon)
      .Case("has_neon_int8_dotprod", neon && t.hasFeature("dotprod"))
      .Case("has_neon_int8_matmul", neon && t.hasFeature("i8mm"))
      .Case("is_apple_m1", cpu == "apple-m1")
      .Case("is_apple_m2", cpu == "apple-m2")
      .Case("is_apple_m3", cpu == "apple-m3")
      .Case("is_apple_silicon", cpu.starts_with("apple-m"))
      .Case("is_neoverse_n1", cpu == "neoverse-n1")
      .Case("os_is_macos", t.os == "macos")
      .Case("os_is_linux", t.os == "linux")
      .Case("os_is_windows", t.os == "windows")
      .Cases("is_nvidia_gpu", "is_amd_gpu", "is_gpu", false)
      .Cases("has_accelerator", "has_amd_gpu_accelerator",
             "has_nvidia_gpu_accelerator", false)
      .Case("is_little_endian", t.littleEndian)
      .Case("is_big_endian", !t.littleEndian)
      .Case("is_32bit", t.pointerBits == 32)
      .Case("is_64bit", t.pointerBits == 64)
      .Default(std::nullopt);
}

/// Whether the triples `a` and `b` name the same target. The vendor is
/// not compared: Mojo's programs ask for `x86_64-unknown-linux-gnu`, which
/// Debian's compilers call `x86_64-pc-linux-gnu`.
static bool isSameTarget(llvm::StringRef a, llvm::StringRef b) {
  llvm::Triple x(llvm::Triple::normalize(a)), y(llvm::Triple::normalize(b));
  return x.getArch() == y.getArch() && x.getSubArch() == y.getSubArch() &&
         x.getOS() == y.getOS() && x.getEnvironment() == y.getEnvironment();
}

static std::optional<CValue> answerTargetQuery(const TargetFacts &t,
                                               llvm::StringRef fact,
                                               Type boolType) {
  if (fact == "simdbitwidth" || fact == "simdbytewidth") {
    unsigned bits = t.simdBits / (fact == "simdbytewidth" ? 8 : 1);
    return CValue::ofInt(llvm::APSInt(llvm::APInt(64, bits), false));
  }
  std::optional<bool> flag = getTargetFlag(t, fact);
  if (!flag)
    return std::nullopt;
  CValue value = CValue::ofBool(*flag);
  value.type = boolType;
  return value;
}

/// How the hint spells a value of the kind `query` reads.
static llvm::StringRef getValueHint(llvm::StringRef query) {
  if (query == "define.int")
    return "<integer>";
  if (query == "define.bool")
    return "<True|False>";
  return "<value>";
}

Entity BodyChecker::checkCompileTimeQuery(const ast::SubscriptExpr &query,
                                          const ast::CallExpr &call) {
  SourceRange range = call.getRange();
  if (!call.getArgs().empty() || query.getIndices().empty()) {
    diags.report(range, DiagID::err_query_form);
    return Entity::error(range);
  }
  std::vector<CValue> args;
  bool unknown = false;
  for (const ast::Argument &arg : query.getIndices()) {
    if (arg.hasKeyword()) {
      diags.report(arg.range, DiagID::err_query_form);
      return Entity::error(range);
    }
    std::optional<CValue> value = evaluateParameter(arg.value);
    if (!value)
      return Entity::error(range);
    unknown |= value->kind == CValue::Kind::Unknown;
    args.push_back(std::move(*value));
  }
  if (args[0].kind != CValue::Kind::String) {
    diags.report(ast.get(query.getIndices()[0].value).getRange(),
                 DiagID::err_query_form);
    return Entity::error(range);
  }
  llvm::StringRef name = args[0].stringValue;
  Type boolType = sema.getHookType("Bool");
  Type intType = sema.getHookType("Int");
  auto wrongArguments = [&](llvm::StringRef takes) {
    diags.report(range, DiagID::err_query_arguments)
        << args[0].stringValue << takes;
    return Entity::error(range);
  };

  if (name.consume_front("target.")) {
    const TargetFacts &target = sema.options.target
                                    ? *sema.options.target
                                    : getHostTargetFacts();
    if (name == "is_triple") {
      if (args.size() != 2)
        return wrongArguments("a target triple");
      if (unknown)
        return constantEntity(CValue::unknown(boolType), range);
      if (args[1].kind != CValue::Kind::String)
        return wrongArguments("a target triple as a string");
      CValue value =
          CValue::ofBool(isSameTarget(args[1].stringValue, target.triple));
      value.type = boolType;
      return constantEntity(value, range);
    }
    if (args.size() != 1)
      return wrongArguments("no arguments");
    std::optional<CValue> value = answerTargetQuery(target, name, boolType);
    if (!value) {
      diags.report(range, DiagID::err_query_unknown) << args[0].stringValue;
      return Entity::error(range);
    }
    return constantEntity(*value, range);
  }

  name = args[0].stringValue;
  Type resultType = llvm::StringSwitch<Type>(name)
                        .Cases("define.is_defined", "define.bool", boolType)
                        .Case("define.int", intType)
                        .Case("define.string",
                              sema.getHookType("StringLiteral"))
                        .Default(nullptr);
  if (!resultType) {
    diags.report(range, DiagID::err_query_unknown) << name;
    return Entity::error(range);
  }
  size_t maxArgs = name == "define.is_defined" ? 2 : 3;
  if (args.size() < 2 || args.size() > maxArgs)
    return wrongArguments(maxArgs == 2 ? "the name of a define"
                                       : "the name of a define and an "
                                         "optional default");
  // A generic body checked against its bounds: each instance asks again.
  if (unknown)
    return constantEntity(CValue::unknown(resultType), range);
  if (args[1].kind != CValue::Kind::String)
    return wrongArguments("the name of a define as a string");
  const std::string &define = args[1].stringValue;
  auto found = sema.options.defines.find(define);
  bool defined = found != sema.options.defines.end();
  if (name == "define.is_defined") {
    CValue value = CValue::ofBool(defined);
    value.type = boolType;
    return constantEntity(value, range);
  }

  // What a failed define is reported at: the user's call of the stdlib
  // function that asked, or the query itself when written directly.
  SourceRange reportAt =
      instance.instantiatedAt.isValid() ? instance.instantiatedAt : range;
  auto fail = [&](DiagID id, llvm::StringRef shown) {
    auto diag = diags.report(reportAt, id);
    diag << define;
    if (id != DiagID::err_define_missing)
      diag << shown.str();
    diag.note(SourceRange(), DiagID::note_define_hint)
        << define << getValueHint(name);
    sema.noteInstantiationChain(diag, &instance);
    return Entity::error(range);
  };
  if (!defined) {
    if (args.size() < 3)
      return fail(DiagID::err_define_missing, "");
    CValue fallback = args[2];
    if (name == "define.int" && fallback.kind == CValue::Kind::Int)
      fallback.type = intType;
    return constantEntity(fallback, range);
  }
  llvm::StringRef text = found->second;
  if (name == "define.string") {
    CValue value;
    value.kind = CValue::Kind::String;
    value.stringValue = text.str();
    return constantEntity(value, range);
  }
  if (name == "define.bool") {
    if (text != "True" && text != "False")
      return fail(DiagID::err_define_not_bool, text);
    CValue value = CValue::ofBool(text == "True");
    value.type = boolType;
    return constantEntity(value, range);
  }
  int64_t number = 0;
  if (text.trim().getAsInteger(10, number))
    return fail(DiagID::err_define_not_int, text);
  CValue value = CValue::ofInt(llvm::APSInt(llvm::APInt(64, number, true),
                                            /*isUnsigned=*/false));
  value.type = intType;
  return constantEntity(value, range);
}
