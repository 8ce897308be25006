//===- InterpreterMemo.cpp - Calls run once per distinct argument values --===//
//
// A call whose arguments hold no memory (no pointer other than null, no
// argument passed by reference) can observe nothing but its arguments,
// since compile-time code has no global state: when its result holds no
// memory either, the same call computes the same value every time. Such
// calls are run once and their results kept, across evaluations:
//
//   fn fib(n: Int) -> Int: return n if n < 2 else fib(n - 1) + fib(n - 2)
//   alias F = fib(90)            # 91 calls, not 2^90
//
// and the method queries every `SIMD` instance asks at compile time
// (`dtype.is_floating_point()`) run once per value. A call that fails is
// not kept: it fails again, with its own diagnostic.
//
// Making a key costs about what a few steps of running do, so only the
// calls of a function one call of which took many steps are kept
// (Interpreter::kCostlyCallSteps): `Int.__add__` in a loop just runs,
// and `fib` is kept from its first costly call on.
//
//===----------------------------------------------------------------------===//
#include "compiler/Comptime/Interpreter.h"

#include "compiler/SemIR/Program.h"

#include "llvm/ADT/StringExtras.h"

using namespace mojo;
using namespace mojo::comptime;

/// Appends what identifies `value` to `key`; false for a value that holds
/// memory or none (a pointer other than null, an uninitialized value).
static bool appendKey(const Value &value, std::string &key) {
  auto appendPointer = [&](const void *p) {
    key.append(reinterpret_cast<const char *>(&p), sizeof(p));
  };
  switch (value.kind) {
  case Value::Kind::Undef:
    return false;
  case Value::Kind::Pointer:
    key += 'P';
    return value.allocation == 0 && value.offset == 0;
  case Value::Kind::Leaf: // Interned by the MLIRContext.
    key += 'L';
    appendPointer(value.leaf.getAsOpaquePointer());
    return true;
  case Value::Kind::Literal:
    key += 'I' + llvm::toString(value.literal, 16, value.literal.isSigned()) + ';';
    return true;
  case Value::Kind::Func:
    key += 'F';
    appendPointer(value.func);
    return true;
  case Value::Kind::None:
    key += 'N';
    return true;
  case Value::Kind::String:
    key += 'S' + std::to_string(value.text.size()) + ':' + value.text;
    return true;
  case Value::Kind::Aggregate:
    key += 'A' + std::to_string(value.fields.size()) + '(';
    for (const Value &field : value.fields)
      if (!appendKey(field, key))
        return false;
    key += ')';
    return true;
  }
  return false;
}

bool Interpreter::memoKey(const sema::FuncInstance &callee,
                          llvm::ArrayRef<Value> args,
                          llvm::ArrayRef<std::optional<Place>> refs,
                          std::string &key) {
  if (callee.resultIsRef ||
      llvm::any_of(refs, [](const std::optional<Place> &r) { return r; }))
    return false;
  const void *function = &callee;
  key.assign(reinterpret_cast<const char *>(&function), sizeof(function));
  for (const Value &arg : args)
    if (!appendKey(arg, key))
      return false;
  return true;
}

void Interpreter::remember(std::string key, const Value &result) {
  std::string ignored;
  if (memo.size() < kMaxMemoEntries && appendKey(result, ignored))
    memo.try_emplace(std::move(key), result);
}
