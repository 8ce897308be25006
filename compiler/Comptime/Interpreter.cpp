//===- Interpreter.cpp - Running checked trees at compile time ------------===//
//
// A direct walk of the checked tree, statement by statement, with one
// frame per call. A variable's storage is a Value in its frame; an lvalue
// is a place: that storage (or a part of it), or memory once the variable's
// address is taken or for what a pointer points to (InterpreterPlaces.cpp,
// InterpreterMemory.cpp). A `mut` argument is the caller's place.
//
//===----------------------------------------------------------------------===//
#include "compiler/Comptime/Interpreter.h"

#include "compiler/Basic/Budgets.h"
#include "compiler/Comptime/Folder.h"
#include "compiler/Comptime/Layout.h"
#include "compiler/SemIR/Program.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/MLIRContext.h"

using namespace mojo;
using namespace mojo::comptime;
using sema::CExpr;
using sema::CStmt;
using Kind = sema::CExpr::Kind;

Host::~Host() = default;

Interpreter::Interpreter(Host &host) : host(host) {}

Interpreter::~Interpreter() = default;

Folder &Interpreter::getFolder() {
  if (!folder) {
    // Created on first use: most programs compute nothing at compile time
    // beyond what Sema folds itself. Only the dialects whose folders the
    // stdlib's primitives use are loaded.
    context = std::make_unique<mlir::MLIRContext>(
        mlir::MLIRContext::Threading::DISABLED);
    // The LLVM dialect for its types (`!llvm.ptr`); its ops on memory are
    // the interpreter's own (InterpreterMemory.cpp).
    context->loadDialect<mlir::arith::ArithDialect, mlir::index::IndexDialect,
                         mlir::LLVM::LLVMDialect, mlir::math::MathDialect,
                         mlir::ub::UBDialect, mlir::vector::VectorDialect>();
    folder = std::make_unique<Folder>(*context);
  }
  return *folder;
}

//===----------------------------------------------------------------------===//
// Budgets and failures
//===----------------------------------------------------------------------===//

std::nullopt_t Interpreter::stop(SourceRange at, std::string reason) {
  if (failure.kind == Failure::Kind::None) {
    failure.kind = Failure::Kind::Stopped;
    failure.reason = std::move(reason);
    failure.at = at;
    // The calls of this evaluation: the frames after its expression's.
    for (size_t i = evaluationBase + 1; i < frames.size(); ++i)
      failure.calls.emplace_back(frames[i]->function, frames[i]->callSite);
  }
  return std::nullopt;
}

std::nullopt_t Interpreter::stopUnknown() {
  if (failure.kind == Failure::Kind::None)
    failure.kind = Failure::Kind::Unknown;
  return std::nullopt;
}

std::nullopt_t Interpreter::stopReported() {
  if (failure.kind == Failure::Kind::None)
    failure.kind = Failure::Kind::Reported;
  return std::nullopt;
}

bool Interpreter::step(SourceRange range) {
  if (++steps <= budget::kMaxComptimeSteps)
    return true;
  stop(range, "it took more than " +
                  std::to_string(budget::kMaxComptimeSteps) +
                  " steps; does a loop never end?");
  return false;
}

bool Interpreter::chargeElements(uint64_t count, SourceRange range) {
  elements += count;
  if (elements <= budget::kMaxComptimeElements)
    return true;
  stop(range, "its values grew past " +
                  std::to_string(budget::kMaxComptimeElements) + " elements");
  return false;
}

//===----------------------------------------------------------------------===//
// Values and storage
//===----------------------------------------------------------------------===//

Value &Interpreter::local(const sema::LocalVar *var) {
  Frame &frame = *frames.back();
  Value *&slot = frame.vars[var];
  if (!slot)
    slot = &frame.storage.emplace_back();
  return *slot;
}

Value Interpreter::uninitialized(sema::Type type) {
  unsigned n = 0;
  if (llvm::isa<sema::StructType, sema::TupleType>(type))
    n = sema::getNumFields(type);
  if (n == 0)
    return Value();
  std::vector<Value> fields;
  fields.reserve(n);
  for (unsigned i = 0; i < n; ++i)
    fields.push_back(uninitialized(sema::getFieldType(type, i)));
  return Value::ofFields(std::move(fields));
}

mlir::MLIRContext &Interpreter::getContext() {
  getFolder();
  return *context;
}

std::optional<Value> Interpreter::boolValue(bool b) {
  return Value::ofLeaf(mlir::IntegerAttr::get(
      mlir::IntegerType::get(&getContext(), 1), b ? 1 : 0));
}

std::optional<Value> Interpreter::indexLeaf(const llvm::APSInt &v,
                                            SourceRange range) {
  // A word's bits: -2**63 up to 2**64 - 1, which `UInt`/`UInt64` reads
  // unsigned (`UInt64(18446744073709551615)`), as the run-time image is.
  if (v.isNegative() ? !v.isSignedIntN(64) : v.getActiveBits() > 64)
    return stop(range, "an integer literal does not fit in 64 bits");
  return Value::ofLeaf(mlir::IntegerAttr::get(
      mlir::IndexType::get(&getContext()), v.extOrTrunc(64)));
}

//===----------------------------------------------------------------------===//
// Entry
//===----------------------------------------------------------------------===//

std::optional<Value>
Interpreter::evaluate(const CExpr &expr,
                     llvm::function_ref<void(const Value &)> keep) {
  // An evaluation inside another (a body checked on demand evaluates its
  // own aliases) starts afresh and leaves the outer one as it was.
  Failure outerFailure = std::move(failure);
  uint64_t outerSteps = steps, outerElements = elements;
  size_t outerBase = evaluationBase;
  failure = Failure();
  steps = 0;
  elements = 0;
  size_t depth = frames.size();
  evaluationBase = depth;
  // The evaluation's memory ends with it: what its value points to is
  // exported by `keep` before then (MemoryConstants.cpp).
  size_t memoryMark = memory ? memory->mark() : 1;
  frames.push_back(std::make_unique<Frame>()); // The expression's temporaries.
  std::optional<Value> value = eval(expr);
  if (value && value->isUndef())
    value = stop(expr.range, "it reads a value that was never initialized");
  frames.resize(depth);
  if (value && keep)
    keep(*value);
  if (memory) {
    memory->release(memoryMark);
    for (auto it = stringBytes.begin(); it != stringBytes.end();)
      it = it->second.allocation >= memoryMark ? stringBytes.erase(it)
                                               : std::next(it);
  }
  lastFailure = std::move(failure);
  failure = std::move(outerFailure);
  steps = outerSteps;
  elements = outerElements;
  evaluationBase = outerBase;
  return value;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

Interpreter::Flow Interpreter::run(const sema::CBlock &block) {
  for (const sema::CStmtPtr &stmt : block) {
    Flow flow = run(*stmt);
    if (flow != Flow::Normal)
      return flow;
  }
  return Flow::Normal;
}

Interpreter::Flow Interpreter::run(const CStmt &stmt) {
  if (!step(stmt.range))
    return Flow::Fail;
  switch (stmt.kind) {
  case CStmt::Kind::Expr:
    return eval(*stmt.value) ? Flow::Normal : Flow::Fail;
  case CStmt::Kind::Init: {
    std::optional<Value> value = eval(*stmt.value);
    if (!value)
      return Flow::Fail;
    std::optional<Place> target = localPlace(stmt.local);
    return store(*target, std::move(*value), stmt.range) ? Flow::Normal
                                                        : Flow::Fail;
  }
  case CStmt::Kind::Assign: {
    std::optional<Value> value = eval(*stmt.value);
    if (!value)
      return Flow::Fail;
    std::optional<Place> target = place(*stmt.target);
    if (!target)
      return Flow::Fail;
    // The old value's destruction is a Destroy statement of its own
    // (placed by the ownership pass), so this is a plain store.
    return store(*target, std::move(*value), stmt.range) ? Flow::Normal
                                                        : Flow::Fail;
  }
  case CStmt::Kind::If:
    return runIf(stmt);
  case CStmt::Kind::While:
    return runWhile(stmt);
  case CStmt::Kind::Break:
    return Flow::Break;
  case CStmt::Kind::Continue:
    return Flow::Continue;
  case CStmt::Kind::Return: {
    Frame &frame = *frames.back();
    if (!stmt.value) {
      frame.result = Value::ofNone();
      return Flow::Return;
    }
    if (frame.function->resultIsRef) {
      // A place; the caller reads it if it wants the value (it may be
      // memory about to be initialized through it).
      frame.resultPlace = place(*stmt.value);
      frame.result = Value::ofNone();
      return frame.resultPlace ? Flow::Return : Flow::Fail;
    }
    std::optional<Value> value = eval(*stmt.value);
    if (!value)
      return Flow::Fail;
    frame.result = std::move(*value);
    return Flow::Return;
  }
  case CStmt::Kind::Block:
    return run(stmt.body);
  case CStmt::Kind::Destroy: {
    std::optional<Place> target = place(*stmt.target);
    if (!target)
      return Flow::Fail;
    return destroyAt(*target, stmt.target->type, stmt.range) ? Flow::Normal
                                                             : Flow::Fail;
  }
  case CStmt::Kind::Raise:
    stop(stmt.range, "it raises an error");
    return Flow::Fail;
  case CStmt::Kind::Try:
    return runTry(stmt);
  }
  return Flow::Normal;
}

Interpreter::Flow Interpreter::runIf(const CStmt &stmt) {
  std::optional<bool> cond = evalCondition(*stmt.cond);
  if (!cond)
    return Flow::Fail;
  if (*cond)
    return run(stmt.body);
  for (const sema::CStmtPtr &elif : stmt.elifs) {
    std::optional<bool> c = evalCondition(*elif->cond);
    if (!c)
      return Flow::Fail;
    if (*c)
      return run(elif->body);
  }
  return run(stmt.orElse);
}

Interpreter::Flow Interpreter::runWhile(const CStmt &stmt) {
  for (;;) {
    if (!step(stmt.range))
      return Flow::Fail;
    std::optional<bool> cond = evalCondition(*stmt.cond);
    if (!cond)
      return Flow::Fail;
    if (!*cond)
      return run(stmt.orElse);
    Flow flow = run(stmt.body);
    if (flow == Flow::Break)
      return Flow::Normal;
    if (flow == Flow::Return || flow == Flow::Fail)
      return flow;
  }
}

/// An error ends the evaluation (a compile-time call must not raise), so
/// a `try` runs its body, then its `else`, then its `finally`.
Interpreter::Flow Interpreter::runTry(const CStmt &stmt) {
  Flow flow = run(stmt.body);
  if (flow == Flow::Normal)
    flow = run(stmt.orElse);
  if (flow == Flow::Fail)
    return flow;
  Flow after = run(stmt.finally);
  return after == Flow::Normal ? flow : after;
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

std::optional<bool> Interpreter::evalCondition(const CExpr &expr) {
  std::optional<Value> value = eval(expr);
  if (!value)
    return std::nullopt;
  auto i1 = value->kind == Value::Kind::Leaf
                ? mlir::dyn_cast<mlir::IntegerAttr>(value->leaf)
                : nullptr;
  if (!i1)
    return stop(expr.range, "its condition is not a known `i1`");
  return !i1.getValue().isZero();
}

std::optional<Value> Interpreter::eval(const CExpr &expr) {
  switch (expr.kind) {
  case Kind::IntConst: {
    // An `IntLiteral` stays exact; a typed constant (an `Int` parameter)
    // is the struct over its one `index` field.
    auto *st = llvm::dyn_cast<sema::StructType>(expr.type);
    if (!st || st->getInfo()->materializesTo)
      return Value::ofLiteral(expr.intValue);
    std::optional<Value> leaf = indexLeaf(expr.intValue, expr.range);
    if (!leaf)
      return std::nullopt;
    return Value::ofFields({std::move(*leaf)});
  }
  case Kind::StringConst:
    if (!chargeElements(expr.text.size(), expr.range))
      return std::nullopt;
    return Value::ofString(expr.text);
  case Kind::MLIRConst: {
    auto *mlirType = llvm::dyn_cast<sema::MLIRType>(expr.type);
    mlir::Type type =
        mlirType ? getFolder().getType(mlirType->getSpelling()) : nullptr;
    mlir::TypedAttr attr =
        type ? getFolder().parseConstant(expr.text, type) : nullptr;
    if (!attr)
      return stop(expr.range, "`" + expr.text + "` is not a constant it "
                              "can evaluate");
    return Value::ofLeaf(attr);
  }
  case Kind::Local:
  case Kind::Temporary:
    return read(expr);
  case Kind::Field:
    return evalField(expr);
  case Kind::Call:
    if (expr.refResult)
      return read(expr);
    return evalCall(expr);
  case Kind::MLIROp:
    return evalMLIROp(expr);
  case Kind::And:
  case Kind::Or: {
    std::optional<bool> lhs = evalCondition(*expr.operands[0]);
    if (!lhs)
      return std::nullopt;
    if (*lhs != (expr.kind == Kind::And)) // Short-circuit.
      return boolValue(*lhs);
    std::optional<bool> rhs = evalCondition(*expr.operands[1]);
    if (!rhs)
      return std::nullopt;
    return boolValue(*rhs);
  }
  case Kind::Not: {
    std::optional<bool> operand = evalCondition(*expr.operands[0]);
    if (!operand)
      return std::nullopt;
    return boolValue(!*operand);
  }
  case Kind::Select: {
    std::optional<bool> cond = evalCondition(*expr.operands[0]);
    if (!cond)
      return std::nullopt;
    return eval(*expr.operands[*cond ? 1 : 2]);
  }
  case Kind::Bind: {
    std::optional<Value> value = eval(*expr.operands[0]);
    if (!value)
      return std::nullopt;
    std::optional<Place> slot = localPlace(expr.local);
    if (!store(*slot, *value, expr.range))
      return std::nullopt;
    return value;
  }
  case Kind::None:
    return Value::ofNone();
  case Kind::Tuple: {
    if (!chargeElements(expr.operands.size(), expr.range))
      return std::nullopt;
    std::vector<Value> elements;
    for (const sema::CExprPtr &operand : expr.operands) {
      std::optional<Value> element = eval(*operand);
      if (!element)
        return std::nullopt;
      elements.push_back(std::move(*element));
    }
    return Value::ofFields(std::move(elements));
  }
  case Kind::Copy:
  case Kind::Move:
    return evalTransfer(expr);
  case Kind::Cleanup: {
    std::optional<Value> value = eval(*expr.operands[0]);
    if (!value)
      return std::nullopt;
    for (const sema::CStmtPtr &cleanup : expr.cleanups)
      if (run(*cleanup) == Flow::Fail)
        return std::nullopt;
    return value;
  }
  case Kind::FuncRef: {
    Value value;
    value.kind = Value::Kind::Func;
    value.func = expr.callee;
    return value;
  }
  case Kind::CallIndirect: {
    std::optional<Value> callee = eval(*expr.operands[0]);
    if (!callee)
      return std::nullopt;
    if (callee->kind != Value::Kind::Func || !callee->func)
      return stop(expr.range, "it calls a function value it does not know");
    std::vector<Value> args;
    for (const sema::CExprPtr &operand :
         llvm::ArrayRef(expr.operands).drop_front()) {
      std::optional<Value> arg = eval(*operand);
      if (!arg)
        return std::nullopt;
      args.push_back(std::move(*arg));
    }
    std::vector<std::optional<Place>> refs(args.size());
    return call(*callee->func, std::move(args), std::move(refs), expr.range);
  }
  case Kind::Parameter:
    // A generic body checked against its bounds: the value is unknown.
    return stopUnknown();
  case Kind::Deref:
    return read(expr);
  case Kind::AddressOf:
  case Kind::SizeOf:
  case Kind::AlignOf:
  case Kind::StackAlloc:
  case Kind::ConstAddress:
    return evalMemoryNode(expr);
  case Kind::VariadicList:
    return evalVariadicList(expr);
  case Kind::Error:
    return stopReported();
  }
  return stop(expr.range, "it uses an expression the interpreter lacks");
}

std::optional<Value> Interpreter::read(const CExpr &lvalue) {
  std::optional<Place> slot = place(lvalue);
  if (!slot)
    return std::nullopt;
  return load(*slot, lvalue.range);
}

std::optional<Value> Interpreter::evalField(const CExpr &expr) {
  if (expr.operands[0]->isLValue())
    return read(expr);
  std::optional<Value> base = eval(*expr.operands[0]);
  if (!base)
    return std::nullopt;
  if (base->kind == Value::Kind::Literal) // `IntLiteral.value`.
    return indexLeaf(base->literal, expr.range);
  if (base->kind == Value::Kind::String)
    return stringField(*base, expr.fieldIndex, expr.range);
  if (base->kind != Value::Kind::Aggregate ||
      expr.fieldIndex >= base->fields.size())
    return stop(expr.range, "it reads a field of a value it cannot take "
                            "apart");
  Value field = std::move(base->fields[expr.fieldIndex]);
  if (field.isUndef())
    return stop(expr.range, "it reads a value that was never initialized");
  return field;
}

std::optional<Value> Interpreter::evalCall(const CExpr &expr) {
  const sema::FuncInstance &callee = *expr.callee;
  std::vector<Value> args;
  std::vector<std::optional<Place>> refs;
  for (size_t i = 0; i < expr.operands.size(); ++i) {
    const CExpr &operand = *expr.operands[i];
    sema::Convention convention = i < callee.params.size()
                                      ? callee.params[i].convention
                                      : sema::Convention::Read;
    // The argument a returned reference may point into stays the
    // caller's, as IRGen passes it by address.
    bool byReference = (convention == sema::Convention::Mut ||
                        convention == sema::Convention::Ref ||
                        int(i) == callee.refOriginArg) &&
                       operand.isLValue();
    if (byReference) {
      std::optional<Place> slot = place(operand);
      if (!slot)
        return std::nullopt;
      args.emplace_back();
      refs.push_back(std::move(slot));
      continue;
    }
    std::optional<Value> arg = eval(operand);
    if (!arg)
      return std::nullopt;
    args.push_back(std::move(*arg));
    refs.emplace_back();
  }
  return call(callee, std::move(args), std::move(refs), expr.range);
}

std::optional<Value> Interpreter::call(const sema::FuncInstance &callee,
                                       std::vector<Value> args,
                                       std::vector<std::optional<Place>> refs,
                                       SourceRange at) {
  if (!step(at))
    return std::nullopt;
  if (frames.size() - evaluationBase > budget::kMaxComptimeCallDepth)
    return stop(at, "calls nest more than " +
                        std::to_string(budget::kMaxComptimeCallDepth) +
                        " deep; does a recursion never end?");
  if (!callee.captures.empty() || !sema::getEnvironmentArgs(callee).empty())
    return stop(at, "closures are not run at compile time yet");
  // Only a function one call of which was costly is worth a key.
  std::string key;
  bool memoizable =
      costlyCallees.count(&callee) && memoKey(callee, args, refs, key);
  if (memoizable)
    if (auto known = memo.find(key); known != memo.end())
      return known->second;
  uint64_t stepsBefore = steps;
  auto &mutableCallee = const_cast<sema::FuncInstance &>(callee);
  std::string whyNot;
  if (!host.prepareBody(mutableCallee, whyNot))
    return whyNot.empty() ? stopReported() : stop(at, std::move(whyNot));

  auto frame = std::make_unique<Frame>();
  frame->function = &callee;
  frame->callSite = at;
  frames.push_back(std::move(frame));
  Frame &current = *frames.back();
  for (size_t i = 0; i < callee.paramLocals.size() && i < args.size(); ++i) {
    if (refs[i])
      current.refs[callee.paramLocals[i]] = *refs[i];
    else
      local(callee.paramLocals[i]) = std::move(args[i]);
  }
  if (callee.resultLocal)
    local(callee.resultLocal) = uninitialized(callee.result);
  Flow flow = run(callee.body);
  std::optional<Value> result;
  if (flow == Flow::Fail) {
    result = std::nullopt;
  } else if (flow == Flow::Return &&
             (current.result.kind != Value::Kind::None || callee.resultIsRef)) {
    result = std::move(current.result);
  } else if (callee.resultLocal) {
    std::optional<Place> out = localPlace(callee.resultLocal);
    if (out->inMemory()) // Its address was taken.
      result = load(*out, at);
    else
      result = std::move(*out->value);
  } else {
    result = Value::ofNone();
  }
  returnedPlace = current.resultPlace;
  if (memory) {
    for (auto &buffer : current.stackBuffers)
      memory->endStack(buffer.second.allocation);
    for (Address variable : current.spilled)
      memory->endStack(variable.allocation);
  }
  frames.pop_back();
  if (memoizable && result)
    remember(std::move(key), *result);
  else if (result && steps - stepsBefore >= kCostlyCallSteps)
    costlyCallees.insert(&callee);
  return result;
}

std::optional<Value> Interpreter::evalTransfer(const CExpr &expr) {
  const CExpr &source = *expr.operands[0];
  // A move empties its source's storage, so the lvalue is placed once.
  std::optional<Place> slot;
  std::optional<Value> value;
  if (source.isLValue()) {
    slot = place(source);
    if (!slot)
      return std::nullopt;
    value = load(*slot, expr.range);
  } else {
    value = eval(source);
  }
  if (!value)
    return std::nullopt;
  bool move = expr.kind == Kind::Move;
  if (!expr.callee) { // Bit by bit (a tuple: element by element).
    if (move && slot && !store(*slot, Value(), expr.range))
      return std::nullopt;
    return value;
  }
  // `__copyinit__(out self, existing)` or `__moveinit__(out self, owned
  // existing)`; a move without `__moveinit__` copies, then destroys.
  std::optional<Value> result =
      call(*expr.callee, {std::move(*value)}, {std::nullopt}, expr.range);
  if (!result)
    return std::nullopt;
  if (move && slot) {
    if (expr.movesByCopy && !destroyAt(*slot, source.type, expr.range))
      return std::nullopt;
    if (!store(*slot, Value(), expr.range))
      return std::nullopt;
  }
  return result;
}

std::optional<Value> Interpreter::evalMLIROp(const CExpr &expr) {
  if (!step(expr.range))
    return std::nullopt;
  Folder &f = getFolder();
  llvm::SmallVector<Value, 4> values;
  for (const sema::CExprPtr &operand : expr.operands) {
    std::optional<Value> value = eval(*operand);
    if (!value)
      return std::nullopt;
    values.push_back(std::move(*value));
  }
  bool handled = false;
  std::optional<Value> result = evalMemoryOp(expr, values, handled);
  if (handled)
    return result;
  llvm::SmallVector<mlir::TypedAttr, 4> operands;
  for (size_t i = 0; i < values.size(); ++i) {
    if (values[i].kind != Value::Kind::Leaf)
      return stop(expr.operands[i]->range, "an operand of `" + expr.text +
                                               "` is not an MLIR value");
    operands.push_back(values[i].leaf);
  }
  llvm::SmallVector<mlir::Type, 1> resultTypes;
  if (auto *mlirType = llvm::dyn_cast<sema::MLIRType>(expr.type)) {
    mlir::Type type = f.getType(mlirType->getSpelling());
    if (!type)
      return stop(expr.range, "`" + mlirType->getSpelling().str() +
                                  "` is not an MLIR type");
    resultTypes.push_back(type);
  } else if (!llvm::isa<sema::NoneType>(expr.type)) {
    return stop(expr.range, "`" + expr.text + "` has results of a type the "
                            "interpreter does not take apart");
  }
  llvm::SmallVector<mlir::TypedAttr, 1> results;
  std::string reason;
  if (!f.fold(expr.text, expr.attributes, operands, resultTypes, results,
              reason))
    return stop(expr.range, reason);
  if (results.empty())
    return Value::ofNone();
  if (auto shaped = mlir::dyn_cast<mlir::ShapedType>(results[0].getType()))
    if (!chargeElements(shaped.getNumElements(), expr.range))
      return std::nullopt;
  return Value::ofLeaf(results[0]);
}
