//===- Interpreter.h - The compile-time interpreter ------------*- C++ -*-===//
//
// One interpreter evaluates everything Mojo computes at compile time: an
// `alias` value, a parameter (`f[square(3)]`), a `@parameter if`
// condition, by running the checked trees Sema built (SemIR/Checked.h),
// the same trees IRGen lowers. So a function called at compile time means
// what it means at run time: its overloads, conversions, copies, moves and
// destructions are the ones Sema resolved and the ownership pass placed.
//
//   alias table_size = next_power_of_two(1000)   # runs the function
//   @parameter if dtype.is_floating_point(): ... # runs the method
//
// Primitive operations are `__mlir_op`s, folded by MLIR's own folders
// (Folder.h), so the stdlib's arithmetic needs no second definition here.
//
// Every evaluation is bounded (compiler/Basic/Budgets.h): steps, call
// depth and the size of the values built. Going past one, dividing by
// zero, raising, or reaching an op that does not fold stops the
// evaluation; the caller reports it at the user's expression, with the
// calls that led to where it stopped (Failure).
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_COMPTIME_INTERPRETER_H
#define MOJOC_COMPTIME_INTERPRETER_H

#include "compiler/Basic/TargetFacts.h"
#include "compiler/Comptime/Layout.h"
#include "compiler/Comptime/Memory.h"
#include "compiler/Comptime/Value.h"
#include "compiler/SemIR/Checked.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace mlir {
class MLIRContext;
} // namespace mlir

namespace mojo::comptime {

class Folder;

/// What the interpreter needs from the checker that owns the program.
class Host {
public:
  virtual ~Host();
  /// Makes `callee` ready to run: its body checked, with the ownership
  /// pass's nodes in place. False when it cannot run: because of errors
  /// already reported, or for the reason it puts in `whyNot`.
  virtual bool prepareBody(sema::FuncInstance &callee, std::string &whyNot) = 0;
  /// The machine the program is compiled for, whose layout of types the
  /// interpreter's memory follows.
  virtual const TargetFacts &getTarget() = 0;
  /// Where constants that point into memory keep what they point to.
  virtual sema::ConstantMemory &getConstants() = 0;
};

/// Why an evaluation ended without a value.
struct Failure {
  enum class Kind : uint8_t {
    None,
    /// It needs an error that was reported already (a callee that failed
    /// to check): nothing more to say.
    Reported,
    /// It reads a parameter of a generic body checked against its bounds,
    /// whose value is not known: not a failure, the value is unknown.
    Unknown,
    /// It stopped at `at` for `reason`.
    Stopped,
  };
  Kind kind = Kind::None;
  std::string reason;
  SourceRange at;
  /// The calls that were running, outermost first: each callee and where
  /// it was called.
  std::vector<std::pair<const sema::FuncInstance *, SourceRange>> calls;
};

class Interpreter {
public:
  explicit Interpreter(Host &host);
  ~Interpreter();

  /// Evaluates `expr`, a checked expression outside any function's body
  /// (its temporaries are its own). Null on failure (getFailure()).
  /// Reentrant: checking a body the evaluation runs may evaluate another
  /// expression, which gets budgets and a failure of its own. `keep` sees
  /// the value while the evaluation's memory still exists, to export what
  /// it points to (exportPointer, exportValue).
  std::optional<Value>
  evaluate(const sema::CExpr &expr,
           llvm::function_ref<void(const Value &)> keep = nullptr);
  const Failure &getFailure() const { return lastFailure; }

  /// The constant address of what `pointer` (a Pointer value of the
  /// running evaluation) points to, with every allocation it reaches
  /// exported to the host's constant memory; none, with `why`, for memory
  /// that cannot outlive the evaluation (Memory::exportAddress).
  std::optional<sema::ConstantAddress> exportPointer(const Value &pointer,
                                                     std::string &why);
  /// The constant address of `value`'s own bytes, as a `type` is laid out,
  /// exported with what it points to: where the program's copies of a
  /// constant that owns memory are copied from.
  std::optional<sema::ConstantAddress>
  exportValue(const Value &value, sema::Type type, std::string &why);

  /// The folder, which also parses and prints leaves for the checker's
  /// conversions to and from compile-time values.
  Folder &getFolder();

private:
  /// Where a value of `type` lives: a variable's storage in a frame (or a
  /// part of it), or memory.
  struct Place {
    Value *value = nullptr;
    Address address;
    sema::Type type = nullptr;
    /// For a variable's storage: the variable, its frame, and the fields
    /// leading from it to this part, so that taking its address can move
    /// the variable into memory (spillToMemory). A path, not an offset:
    /// field reads stay free of layout work until an address is taken.
    const sema::LocalVar *owner = nullptr;
    size_t ownerFrame = 0;
    llvm::SmallVector<unsigned, 4> ownerPath;
    bool inMemory() const { return !value; }
    static Place at(Address address, sema::Type type) {
      Place p;
      p.address = address;
      p.type = type;
      return p;
    }
  };
  struct Frame {
    const sema::FuncInstance *function = nullptr;
    SourceRange callSite;
    llvm::DenseMap<const sema::LocalVar *, Value *> vars;
    /// The arguments passed by reference: the caller's places.
    llvm::DenseMap<const sema::LocalVar *, Place> refs;
    std::deque<Value> storage;
    Value result;
    /// A `-> ref` function's result: the place it returned.
    std::optional<Place> resultPlace;
    /// The buffers of `__stack_allocation`s run in this frame, or in the
    /// `@always_inline` functions it called, which IRGen's inlining puts
    /// in this frame too: one per node, as one static alloca is.
    llvm::DenseMap<const sema::CExpr *, Address> stackBuffers;
    /// The variables whose address was taken, moved into memory, which
    /// ends when the frame returns.
    std::vector<Address> spilled;
  };
  /// The place the last `-> ref` call returned (place() of such a call).
  std::optional<Place> returnedPlace;
  enum class Flow : uint8_t { Normal, Break, Continue, Return, Fail };

  // Statements.
  Flow run(const sema::CBlock &block);
  Flow run(const sema::CStmt &stmt);
  Flow runIf(const sema::CStmt &stmt);
  Flow runWhile(const sema::CStmt &stmt);
  Flow runTry(const sema::CStmt &stmt);

  // Expressions.
  std::optional<Value> eval(const sema::CExpr &expr);
  /// The storage an lvalue names (an rvalue operand of Temporary is
  /// evaluated into its temporary first). None on failure.
  std::optional<Place> place(const sema::CExpr &expr);
  std::optional<Place> fieldPlace(const sema::CExpr &expr);
  /// The value an lvalue holds; stopped if it holds none.
  std::optional<Value> read(const sema::CExpr &lvalue);
  std::optional<Value> load(const Place &place, SourceRange range);
  bool store(const Place &place, Value value, SourceRange range);
  /// Ends the life of the value at `place` (a Destroy statement).
  bool destroyAt(const Place &place, sema::Type type, SourceRange range);
  std::optional<Value> evalField(const sema::CExpr &expr);
  std::optional<Value> evalCall(const sema::CExpr &expr);
  std::optional<Value> evalTransfer(const sema::CExpr &expr);
  std::optional<Value> evalMLIROp(const sema::CExpr &expr);

  // Memory (InterpreterMemory.cpp).
  /// The ops on pointers and memory (`llvm.load`, `llvm.getelementptr`,
  /// the runtime's `alloc`, ...); none, with no failure, for other ops.
  std::optional<Value> evalMemoryOp(const sema::CExpr &expr,
                                    llvm::ArrayRef<Value> operands,
                                    bool &handled);
  std::optional<Value> evalMemoryNode(const sema::CExpr &expr);
  /// The buffer of `bytes` a static alloca (`__stack_allocation`, a
  /// variadic argument's list) gives `node` in this frame.
  std::optional<Address> stackBuffer(const sema::CExpr &node, uint64_t bytes);
  /// A variadic argument's list: its elements (or their addresses) in a
  /// buffer of this frame, and their number.
  std::optional<Value> evalVariadicList(const sema::CExpr &expr);
  std::optional<Address> addressOfElement(const sema::CExpr &element);
  /// Moves the variable `place` is part of into memory, where an address
  /// can point, and returns the place's address there.
  std::optional<Address> spillToMemory(const Place &place, SourceRange range);
  std::optional<Value> sizeValue(sema::Type type, bool alignment,
                                 SourceRange range);
  /// The part `field` of a `StringLiteral` kept whole: its bytes in
  /// memory, or its length.
  std::optional<Value> stringField(const Value &string, unsigned field,
                                   SourceRange range);
  Value intValue(uint64_t value);
  /// The layout of `type`; none, stopped, for a type with no memory form.
  std::optional<Layouts::Size> layoutOf(sema::Type type, SourceRange range);
  /// Where `place`, a part of its owner variable, lies in the owner's
  /// layout.
  uint64_t offsetInOwner(const Place &place);
  Memory &getMemory();
  Layouts &getLayouts();
  bool failedIn(std::string why, SourceRange range);
  /// The i1 of a condition, as a bool.
  std::optional<bool> evalCondition(const sema::CExpr &expr);
  bool destroy(Value &value, sema::Type type, SourceRange range);

  /// Runs `callee` with `args`: one per parameter, a value, or for a
  /// `mut` argument the caller's storage (`refs`).
  std::optional<Value> call(const sema::FuncInstance &callee,
                            std::vector<Value> args,
                            std::vector<std::optional<Place>> refs,
                            SourceRange at);

  // Memoized calls (InterpreterMemo.cpp).
  /// What identifies a call of `callee` with `args` whose result can be
  /// kept; false for a call that may observe or return memory.
  bool memoKey(const sema::FuncInstance &callee, llvm::ArrayRef<Value> args,
               llvm::ArrayRef<std::optional<Place>> refs, std::string &key);
  /// Keeps `result` for the call `key`, unless it holds memory.
  void remember(std::string key, const Value &result);
  /// A cache, not a limit: past this many results, calls simply run.
  static constexpr size_t kMaxMemoEntries = size_t(1) << 16;
  std::unordered_map<std::string, Value> memo;
  /// The functions a call of which took this many steps: their calls are
  /// kept. A key costs more than running `Int.__add__` again.
  static constexpr uint64_t kCostlyCallSteps = 32;
  llvm::DenseSet<const sema::FuncInstance *> costlyCallees;

  Value &local(const sema::LocalVar *var);
  /// A value of `type` with every field uninitialized, so a constructor
  /// can assign them one by one.
  Value uninitialized(sema::Type type);
  std::optional<Place> localPlace(const sema::LocalVar *var);
  std::optional<Value> boolValue(bool b);
  /// An `index` leaf of `value`, narrowed to the machine word as IRGen
  /// materializes an integer literal; null (stopped) if it does not fit.
  std::optional<Value> indexLeaf(const llvm::APSInt &value, SourceRange range);
  mlir::MLIRContext &getContext();

  // Budgets and failures.
  bool step(SourceRange range);
  bool chargeElements(uint64_t count, SourceRange range);
  /// Records why the evaluation stops (the first reason wins) and returns
  /// the value that propagates the failure.
  std::nullopt_t stop(SourceRange at, std::string reason);
  std::nullopt_t stopUnknown();
  std::nullopt_t stopReported();

  Host &host;
  std::unique_ptr<mlir::MLIRContext> context;
  std::unique_ptr<Folder> folder;
  std::unique_ptr<Layouts> layouts;
  std::unique_ptr<Memory> memory;
  /// The bytes of the `StringLiteral`s taken apart, by text.
  std::map<std::string, Address> stringBytes;
  std::vector<std::unique_ptr<Frame>> frames;
  /// The running evaluation's failure; the last finished one's.
  Failure failure;
  Failure lastFailure;
  /// The index in `frames` of the running evaluation's own frame.
  size_t evaluationBase = 0;
  uint64_t steps = 0;
  uint64_t elements = 0;
};

} // namespace mojo::comptime

#endif
