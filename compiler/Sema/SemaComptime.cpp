//===- SemaComptime.cpp - Compile-time values computed by running code ---===//
//
// The checker's side of the compile-time interpreter (Comptime/
// Interpreter.h). A compile-time expression the checker cannot evaluate
// by itself (a call, a method, an operator on values other than integer
// literals) is checked as an ordinary expression, in a body of its own
// (a "thunk") that sees the parameters in scope as constants, and the
// checked tree is run. The result becomes a compile-time value (CValue)
// by its type:
//
//   IntLiteral  -> Int (exact)         Int  -> Int (64-bit, typed `Int`)
//   Bool        -> Bool                StringLiteral -> String
//   a function value -> Func           an MLIR leaf -> MLIR (its attribute)
//   a struct    -> Struct of its fields' values
//
// An expression that reads a parameter whose value is unknown (a generic
// body checked against its bounds) has an unknown value.
//
//===----------------------------------------------------------------------===//
#include "compiler/Sema/BodyChecker.h"

#include "compiler/Basic/Budgets.h"
#include "compiler/Comptime/Folder.h"
#include "compiler/Comptime/Interpreter.h"

#include "mlir/IR/BuiltinAttributes.h"

#include "llvm/ADT/ScopeExit.h"

using namespace mojo;
using namespace mojo::sema;

/// Checks the bodies the interpreter runs, on demand, as the worklist
/// would; and owns the thunks, which calls may still point at.
class mojo::sema::ComptimeBridge : public comptime::Host {
public:
  explicit ComptimeBridge(Sema &sema) : sema(sema), interpreter(*this) {}

  bool prepareBody(FuncInstance &callee, std::string &whyNot) override {
    if (!callee.signatureOk || sema.failedGenericCheck(callee.info))
      return false;
    // A body whose check asked for this evaluation is not finished.
    if (sema.bodiesInProgress.count(&callee)) {
      whyNot = "it calls `" + describeInstance(&callee) +
               "`, whose body is being checked";
      return false;
    }
    if (!callee.bodyChecked) {
      callee.bodyChecked = true;
      Sema::CheckingBody checking(sema, &callee);
      unsigned errors = sema.diags.getNumErrors();
      if (!sema.instantiateBySubstitution(&callee))
        BodyChecker(sema, callee).run();
      if (sema.diags.getNumErrors() == errors && callee.bodyOk)
        runOwnershipPass(sema, callee);
      else
        callee.bodyOk = false;
    }
    return callee.bodyOk;
  }

  const TargetFacts &getTarget() override {
    return sema.options.target ? *sema.options.target : getHostTargetFacts();
  }

  ConstantMemory &getConstants() override { return sema.program->constants; }

  Sema &sema;
  comptime::Interpreter interpreter;
  std::deque<FuncInfo> thunkFuncs;
  std::deque<FuncInstance> thunks;
};

void Sema::ComptimeBridgeDeleter::operator()(ComptimeBridge *bridge) const {
  delete bridge;
}

comptime::Interpreter &Sema::getInterpreter() {
  if (!comptimeBridge)
    comptimeBridge.reset(new ComptimeBridge(*this));
  return comptimeBridge->interpreter;
}

std::optional<CValue> Sema::interpretConstant(ModuleInfo *module,
                                              ast::ExprId id,
                                              const Bindings &bindings) {
  comptime::Interpreter &interpreter = getInterpreter();
  const ast::Expr &expr = module->ast->getContext().get(id);
  if (comptimeNesting >= budget::kMaxComptimeNesting) {
    // Unwound to the outermost evaluation, which reports it once
    // (evaluateConstant).
    depthLimitRange = expr.getRange();
    depthLimit = budget::kMaxComptimeNesting;
    return std::nullopt;
  }
  ++comptimeNesting;
  auto unnest = llvm::make_scope_exit([&] { --comptimeNesting; });
  FuncInfo &func = comptimeBridge->thunkFuncs.emplace_back();
  func.module = module;
  func.name = "<compile-time expression>";
  func.isComptimeExpression = true;
  func.nameRange = expr.getRange();
  FuncInstance &thunk = comptimeBridge->thunks.emplace_back();
  thunk.info = &func;
  thunk.result = program->types.getNoneType();
  thunk.bodyChecked = true;
  BodyChecker checker(*this, thunk);
  checker.bindings = bindings;
  checker.scopes.emplace_back();
  unsigned errors = diags.getNumErrors();
  CExprPtr value = checker.checkValue(id);
  if (!value || diags.getNumErrors() != errors || !thunk.bodyOk)
    return std::nullopt;
  // A value computed from a parameter the body does not know yet.
  if (!thunk.substitutable)
    return CValue::unknown(value->type);

  // The interpreter keeps an `IntLiteral` exact by its `materializesTo`,
  // which is known once its fields are.
  if (auto *literal = llvm::dyn_cast<StructType>(getHookType("IntLiteral")))
    resolveFields(literal->getInfo());
  // Made while the evaluation's memory exists, which it may point into.
  std::optional<CValue> constant;
  std::string why;
  std::optional<comptime::Value> result =
      interpreter.evaluate(*value, [&](const comptime::Value &result) {
        constant = toConstant(result, value->type, why);
      });
  const comptime::Failure &failure = interpreter.getFailure();
  if (!result) {
    if (failure.kind == comptime::Failure::Kind::Unknown) {
      // Computed from parameters of the generic body being checked: the
      // checked tree is how each instance computes it.
      CValue unknown = CValue::unknown(value->type);
      unknown.stringValue = std::string(expr.getRange().Start.getPointer(),
                                        expr.getRange().End.getPointer());
      std::string key = getSymbolicKey(*value);
      unknown.symbolic =
          &symbolicValues.emplace_back(SymbolicValue{std::move(value), key});
      return unknown;
    }
    if (failure.kind == comptime::Failure::Kind::Stopped)
      reportComptimeFailure(expr.getRange(), failure);
    else if (!diags.hadError()) // Never a failure without a diagnostic.
      diags.report(expr.getRange(), DiagID::err_comptime_failed)
          << "a function it calls cannot be compiled";
    return std::nullopt;
  }
  if (!constant && !why.empty())
    diags.report(expr.getRange(), DiagID::err_comptime_not_constant) << why;
  else if (!constant)
    diags.report(expr.getRange(), DiagID::err_comptime_failed)
        << "its value, of type `" + getTypeName(value->type) +
               "`, cannot be a compile-time constant yet";
  return constant;
}

std::optional<CValue> Sema::evaluateSubstituted(const CExpr &expr) {
  if (comptimeNesting >= budget::kMaxComptimeNesting)
    return std::nullopt;
  ++comptimeNesting;
  auto unnest = llvm::make_scope_exit([&] { --comptimeNesting; });
  comptime::Interpreter &interpreter = getInterpreter();
  if (auto *literal = llvm::dyn_cast<StructType>(getHookType("IntLiteral")))
    resolveFields(literal->getInfo());
  // Made while the evaluation's memory exists, which it may point into.
  std::optional<CValue> constant;
  std::string why;
  std::optional<comptime::Value> result =
      interpreter.evaluate(expr, [&](const comptime::Value &result) {
        constant = toConstant(result, expr.type, why);
      });
  if (!result)
    return std::nullopt;
  return constant;
}

void Sema::reportComptimeFailure(SourceRange range,
                                 const comptime::Failure &failure) {
  auto diag = diags.report(range, DiagID::err_comptime_failed);
  diag << failure.reason;
  // The outermost call, then the innermost few, where a runaway recursion
  // shows.
  const auto &calls = failure.calls;
  const size_t shown = budget::kMaxInstantiationNotes;
  auto same = [](SourceRange a, SourceRange b) {
    return a.Start == b.Start && a.End == b.End;
  };
  for (size_t i = 0; i < calls.size(); ++i) {
    bool inner = i + shown >= calls.size();
    if (i == 0 && same(calls[i].second, range))
      continue; // The call the error points at.
    if (i == 0 || inner) {
      diag.note(calls[i].second, DiagID::note_comptime_call)
          << describeInstance(calls[i].first);
    } else if (i == 1) {
      diag.note(SourceRange(), DiagID::note_comptime_calls_omitted)
          << unsigned(calls.size() - shown - 1);
    }
  }
  if (failure.at.isValid() && !same(failure.at, range) &&
      (calls.empty() || !same(failure.at, calls.back().second)))
    diag.note(failure.at, DiagID::note_comptime_stopped);
}

/// Whether `value` points into constant memory, or holds what does.
static bool holdsAddress(const CValue &value) {
  if (value.kind == CValue::Kind::Address)
    return value.address.block != 0;
  return value.kind == CValue::Kind::Struct &&
         (value.address.block || llvm::any_of(value.fields, holdsAddress));
}

std::optional<CValue> Sema::toConstant(const comptime::Value &value,
                                       Type type, std::string &why) {
  using VKind = comptime::Value::Kind;
  Type intType = getHookType("Int"), boolType = getHookType("Bool");
  // The one leaf of `Int` or `Bool`.
  auto leafInt = [&]() -> std::optional<llvm::APInt> {
    const comptime::Value *v = &value;
    if (v->kind == VKind::Aggregate && v->fields.size() == 1)
      v = &v->fields[0];
    if (v->kind == VKind::Literal)
      return v->literal.extOrTrunc(64);
    auto attr = v->kind == VKind::Leaf
                    ? mlir::dyn_cast<mlir::IntegerAttr>(v->leaf)
                    : nullptr;
    if (!attr)
      return std::nullopt;
    return attr.getValue();
  };
  if (type == getHookType("IntLiteral") && value.kind == VKind::Literal)
    return CValue::ofInt(value.literal);
  if (type == getHookType("StringLiteral") && value.kind == VKind::String) {
    CValue c;
    c.kind = CValue::Kind::String;
    c.stringValue = value.text;
    return c;
  }
  if (type == intType) {
    std::optional<llvm::APInt> v = leafInt();
    if (!v)
      return std::nullopt;
    CValue c = CValue::ofInt(llvm::APSInt(v->sextOrTrunc(64), false));
    c.type = intType;
    return c;
  }
  if (type == boolType) {
    std::optional<llvm::APInt> v = leafInt();
    if (!v)
      return std::nullopt;
    return CValue::ofBool(!v->isZero());
  }
  if (llvm::isa<MLIRType>(type) && value.kind == VKind::Pointer) {
    std::optional<ConstantAddress> address =
        getInterpreter().exportPointer(value, why);
    if (!address)
      return std::nullopt;
    return CValue::ofAddress(type, *address);
  }
  if (llvm::isa<MLIRType>(type) && value.kind == VKind::Leaf) {
    CValue c;
    c.kind = CValue::Kind::MLIR;
    c.type = type;
    c.stringValue = comptime::Folder::print(value.leaf);
    auto lanes = mlir::dyn_cast<mlir::DenseIntElementsAttr>(value.leaf);
    if (lanes && lanes.getType().getRank() == 1)
      for (const llvm::APInt &lane : lanes.getValues<llvm::APInt>())
        c.fields.push_back(
            CValue::ofInt(llvm::APSInt(lane.sextOrTrunc(64), false)));
    return c;
  }
  if (llvm::isa<FunctionType>(type) && value.kind == VKind::Func)
    return CValue::ofFunc(const_cast<FuncInstance *>(value.func), type);
  if (auto *st = llvm::dyn_cast<StructType>(type)) {
    StructInfo *info = st->getInfo();
    if (value.kind != VKind::Aggregate ||
        value.fields.size() != info->fields.size())
      return std::nullopt;
    std::vector<CValue> fields;
    for (size_t i = 0; i < info->fields.size(); ++i) {
      std::optional<CValue> field =
          toConstant(value.fields[i], info->fields[i].type, why);
      if (!field)
        return std::nullopt;
      fields.push_back(std::move(*field));
    }
    CValue result = CValue::ofStruct(type, std::move(fields));
    // A value that owns what it points to (a `List`) is used by copying
    // its bytes, kept in constant memory too; a trivial one (an
    // `UnsafePointer`) is its fields' bits.
    if (holdsAddress(result) && !isTrivial(type)) {
      std::optional<ConstantAddress> bytes =
          getInterpreter().exportValue(value, type, why);
      if (!bytes)
        return std::nullopt;
      result.address = *bytes;
    }
    // Named, for messages, by a member alias already evaluated to it:
    // `DType.int64`, not `DType(8)`.
    for (const auto &entry : info->aliases) {
      auto cached = aliasValues.find(entry.getValue());
      if (cached != aliasValues.end() && cached->second &&
          *cached->second == result && !cached->second->stringValue.empty())
        return cached->second;
    }
    return result;
  }
  return std::nullopt;
}
