//===- Folder.cpp - `__mlir_op`s evaluated on constants -------------------===//
#include "compiler/Comptime/Folder.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Index/IR/IndexAttrs.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Block.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/Verifier.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"

using namespace mojo;
using namespace mojo::comptime;

Folder::Folder(mlir::MLIRContext &context) : context(context) {}
Folder::~Folder() = default;

namespace {
/// Parsing reports through the context's handler; a failure here is the
/// interpreter's to explain, at the user's expression.
struct Silence : mlir::ScopedDiagnosticHandler {
  explicit Silence(mlir::MLIRContext &context)
      : ScopedDiagnosticHandler(&context, [](mlir::Diagnostic &) {
          return mlir::success();
        }) {}
};
} // namespace

mlir::Type Folder::getType(llvm::StringRef spelling) {
  auto [it, inserted] = types.try_emplace(spelling);
  if (inserted) {
    Silence silence(context);
    size_t numRead = 0;
    mlir::Type type = mlir::parseType(spelling, &context, &numRead);
    it->second = type && numRead == spelling.size() ? type : mlir::Type();
  }
  return it->second;
}

mlir::Attribute Folder::getAttribute(llvm::StringRef text) {
  auto [it, inserted] = attributeTexts.try_emplace(text);
  if (inserted) {
    Silence silence(context);
    it->second = mlir::parseAttribute(text, &context);
  }
  return it->second;
}

mlir::TypedAttr Folder::parseConstant(llvm::StringRef text, mlir::Type type) {
  Silence silence(context);
  return mlir::dyn_cast_or_null<mlir::TypedAttr>(
      mlir::parseAttribute(text, &context, type));
}

std::string Folder::print(mlir::Attribute attr) {
  std::string text;
  llvm::raw_string_ostream os(text);
  attr.print(os, /*elideType=*/true); // The constant's type is its own.
  return text;
}

/// The comparison predicates of `index.cmp` and `arith.cmpi` share one
/// numbering: eq ne slt sle sgt sge ult ule ugt uge.
static bool compare(unsigned predicate, const llvm::APInt &a,
                    const llvm::APInt &b) {
  switch (predicate) {
  case 0: return a.eq(b);
  case 1: return a.ne(b);
  case 2: return a.slt(b);
  case 3: return a.sle(b);
  case 4: return a.sgt(b);
  case 5: return a.sge(b);
  case 6: return a.ult(b);
  case 7: return a.ule(b);
  case 8: return a.ugt(b);
  default: return a.uge(b);
  }
}

/// The integer division and remainder ops, whose divisor may not be zero
/// (at run time it is undefined behaviour; at compile time an error).
static bool isIntegerDivision(llvm::StringRef name) {
  return llvm::StringSwitch<bool>(name)
      .Cases("index.divs", "index.divu", "index.rems", "index.remu", true)
      .Cases("index.ceildivs", "index.ceildivu", "index.floordivs", true)
      .Cases("arith.divsi", "arith.divui", "arith.remsi", "arith.remui", true)
      .Cases("arith.ceildivsi", "arith.ceildivui", "arith.floordivsi", true)
      .Default(false);
}

static bool hasZeroElement(mlir::TypedAttr attr) {
  if (auto i = mlir::dyn_cast<mlir::IntegerAttr>(attr))
    return i.getValue().isZero();
  if (auto dense = mlir::dyn_cast<mlir::DenseIntElementsAttr>(attr))
    return llvm::any_of(dense.getValues<llvm::APInt>(),
                        [](const llvm::APInt &v) { return v.isZero(); });
  return false;
}

/// The `index` ops MLIR folds only where a 32-bit and a 64-bit `index`
/// agree, on our 64-bit one. A shift past the width is poison, and
/// division by zero was refused before: both are left to MLIR.
static std::optional<llvm::APInt> foldIndex(llvm::StringRef op,
                                            const llvm::APInt &a,
                                            const llvm::APInt &b) {
  bool inRange = b.ult(a.getBitWidth());
  if (op == ".shl" && inRange)
    return a.shl(b);
  if (op == ".shrs" && inRange)
    return a.ashr(b);
  if (op == ".shru" && inRange)
    return a.lshr(b);
  if (op == ".divs" && !b.isZero())
    return a.sdiv(b);
  if (op == ".divu" && !b.isZero())
    return a.udiv(b);
  if (op == ".rems" && !b.isZero())
    return a.srem(b);
  if (op == ".remu" && !b.isZero())
    return a.urem(b);
  if (op == ".maxs")
    return llvm::APIntOps::smax(a, b);
  if (op == ".mins")
    return llvm::APIntOps::smin(a, b);
  if (op == ".maxu")
    return llvm::APIntOps::umax(a, b);
  if (op == ".minu")
    return llvm::APIntOps::umin(a, b);
  return std::nullopt;
}

bool Folder::foldInteger(
    llvm::StringRef name, llvm::ArrayRef<mlir::TypedAttr> operands,
    llvm::ArrayRef<std::pair<std::string, std::string>> attributes,
    llvm::ArrayRef<mlir::Type> resultTypes,
    llvm::SmallVectorImpl<mlir::TypedAttr> &results) {
  // `index.casts`/`index.castu`: MLIR folds them only where a 32-bit and
  // a 64-bit `index` agree; ours is the target's 64-bit word.
  if ((name == "index.casts" || name == "index.castu") &&
      operands.size() == 1 && resultTypes.size() == 1) {
    auto from = mlir::dyn_cast<mlir::IntegerAttr>(operands[0]);
    mlir::Type to = resultTypes[0];
    if (!from || !(to.isIndex() || mlir::isa<mlir::IntegerType>(to)))
      return false;
    unsigned width = to.isIndex() ? 64 : to.getIntOrFloatBitWidth();
    const llvm::APInt &v = from.getValue();
    results.push_back(mlir::IntegerAttr::get(
        to, name == "index.casts" ? v.sextOrTrunc(width)
                                  : v.zextOrTrunc(width)));
    return true;
  }
  if (operands.size() != 2)
    return false;
  auto lhs = mlir::dyn_cast<mlir::IntegerAttr>(operands[0]);
  auto rhs = mlir::dyn_cast<mlir::IntegerAttr>(operands[1]);
  if (!lhs || !rhs || lhs.getType() != rhs.getType())
    return false;
  const llvm::APInt &a = lhs.getValue(), &b = rhs.getValue();
  std::optional<llvm::APInt> value;
  llvm::StringRef op = name.drop_until([](char c) { return c == '.'; });
  bool index = name.starts_with("index.");
  if (op == ".add" || op == ".addi")
    value = a + b;
  else if (op == ".sub" || op == ".subi")
    value = a - b;
  else if (op == ".mul" || op == ".muli")
    value = a * b;
  else if (op == ".and" || op == ".andi")
    value = a & b;
  else if (op == ".or" || op == ".ori")
    value = a | b;
  else if (op == ".xor" || op == ".xori")
    value = a ^ b;
  else if (index) // The rest fold only where 32 and 64 bits agree.
    value = foldIndex(op, a, b);
  if (value) {
    results.push_back(mlir::IntegerAttr::get(lhs.getType(), *value));
    return true;
  }
  if (op != ".cmp" && op != ".cmpi")
    return false;
  // The predicate: `#index<cmp_predicate slt>`, or `arith.cmpi`'s number.
  llvm::StringRef key = index ? "pred" : "predicate";
  for (const auto &[attrName, text] : attributes) {
    if (attrName != key)
      continue;
    mlir::Attribute attr = getAttribute(text);
    std::optional<unsigned> predicate;
    if (auto p =
            mlir::dyn_cast_or_null<mlir::index::IndexCmpPredicateAttr>(attr))
      predicate = unsigned(p.getValue());
    else if (auto n = mlir::dyn_cast_or_null<mlir::IntegerAttr>(attr))
      predicate = unsigned(n.getInt());
    if (!predicate || *predicate > 9)
      return false; // MLIR reports it, below.
    bool r = compare(*predicate, a, b);
    results.push_back(
        mlir::IntegerAttr::get(mlir::IntegerType::get(&context, 1), r));
    return true;
  }
  return false;
}

/// `vector.reduction`, which has no folder in MLIR 19, over a constant
/// vector: the lanes combined in order by the `#vector.kind<...>`.
static mlir::TypedAttr reduceVector(mlir::Attribute kindAttr,
                                    mlir::TypedAttr operand,
                                    mlir::Type resultType) {
  auto kind = mlir::dyn_cast_or_null<mlir::vector::CombiningKindAttr>(kindAttr);
  auto dense = mlir::dyn_cast<mlir::DenseElementsAttr>(operand);
  if (!kind || !dense || dense.getNumElements() == 0)
    return nullptr;
  using K = mlir::vector::CombiningKind;
  K k = kind.getValue();
  if (mlir::isa<mlir::FloatType>(resultType)) {
    auto lanes = dense.getValues<llvm::APFloat>();
    llvm::APFloat acc = *lanes.begin();
    for (auto it = std::next(lanes.begin()); it != lanes.end(); ++it) {
      llvm::APFloat lane = *it;
      switch (k) {
      case K::ADD: acc.add(lane, llvm::APFloat::rmNearestTiesToEven); break;
      case K::MUL: acc.multiply(lane, llvm::APFloat::rmNearestTiesToEven); break;
      case K::MINIMUMF: acc = llvm::minimum(acc, lane); break;
      case K::MAXIMUMF: acc = llvm::maximum(acc, lane); break;
      case K::MINNUMF: acc = llvm::minnum(acc, lane); break;
      case K::MAXNUMF: acc = llvm::maxnum(acc, lane); break;
      default: return nullptr;
      }
    }
    return mlir::FloatAttr::get(resultType, acc);
  }
  if (!mlir::isa<mlir::IntegerType, mlir::IndexType>(resultType))
    return nullptr;
  auto lanes = dense.getValues<llvm::APInt>();
  llvm::APInt acc = *lanes.begin();
  for (auto it = std::next(lanes.begin()); it != lanes.end(); ++it) {
    const llvm::APInt &lane = *it;
    switch (k) {
    case K::ADD: acc += lane; break;
    case K::MUL: acc *= lane; break;
    case K::AND: acc &= lane; break;
    case K::OR: acc |= lane; break;
    case K::XOR: acc ^= lane; break;
    case K::MINSI: acc = llvm::APIntOps::smin(acc, lane); break;
    case K::MAXSI: acc = llvm::APIntOps::smax(acc, lane); break;
    case K::MINUI: acc = llvm::APIntOps::umin(acc, lane); break;
    case K::MAXUI: acc = llvm::APIntOps::umax(acc, lane); break;
    default: return nullptr;
    }
  }
  return mlir::IntegerAttr::get(resultType, acc);
}

/// A lane read or written past the end of a vector: at run time an
/// undefined value, at compile time an error that names the lane.
static bool laneOutOfRange(llvm::StringRef name,
                           llvm::ArrayRef<mlir::TypedAttr> operands,
                           std::string &reason) {
  size_t vector; // The vector's operand; the position is the next one.
  if (name == "vector.extractelement")
    vector = 0;
  else if (name == "vector.insertelement")
    vector = 1;
  else
    return false;
  if (operands.size() != vector + 2)
    return false;
  auto type = mlir::dyn_cast<mlir::VectorType>(operands[vector].getType());
  auto position = mlir::dyn_cast<mlir::IntegerAttr>(operands.back());
  if (!type || !position || type.getRank() != 1)
    return false;
  const llvm::APInt &lane = position.getValue();
  int64_t lanes = type.getNumElements();
  if (lane.isNonNegative() && lane.slt(lanes))
    return false;
  reason = "lane " + llvm::toString(lane, 10, /*Signed=*/true) +
           " of a vector of " + std::to_string(lanes) + " lanes is out of range";
  return true;
}

bool Folder::fold(
    llvm::StringRef name,
    llvm::ArrayRef<std::pair<std::string, std::string>> attributes,
    llvm::ArrayRef<mlir::TypedAttr> operands,
    llvm::ArrayRef<mlir::Type> resultTypes,
    llvm::SmallVectorImpl<mlir::TypedAttr> &results, std::string &reason) {
  if (isIntegerDivision(name) && operands.size() == 2 &&
      hasZeroElement(operands[1])) {
    reason = "division by zero";
    return false;
  }
  if (laneOutOfRange(name, operands, reason))
    return false;
  if (name == "vector.reduction" && operands.size() == 1 &&
      resultTypes.size() == 1) {
    for (const auto &[attrName, text] : attributes) {
      if (attrName != "kind")
        continue;
      if (mlir::TypedAttr r =
              reduceVector(getAttribute(text), operands[0], resultTypes[0])) {
        results.push_back(r);
        return true;
      }
    }
  }
  if (resultTypes.size() == 1 &&
      foldInteger(name, operands, attributes, resultTypes, results)) {
    if (results.back().getType() == resultTypes[0])
      return true;
    results.pop_back(); // A result of another type: MLIR decides.
  }

  auto registered = mlir::RegisteredOperationName::lookup(name, &context);
  if (!registered) {
    reason = "`" + name.str() + "` is not an MLIR operation mojoc knows";
    return false;
  }
  Silence silence(context);
  // The op needs operand values; its folder needs only their constants.
  // Block arguments stand for the values.
  mlir::Location loc = mlir::UnknownLoc::get(&context);
  mlir::Block block;
  for (mlir::TypedAttr operand : operands)
    block.addArgument(operand.getType(), loc);
  mlir::OperationState state(loc, *registered);
  state.addOperands(block.getArguments());
  for (const auto &[attrName, text] : attributes) {
    mlir::Attribute attr = getAttribute(text);
    if (!attr) {
      reason = "`" + text + "` is not a valid MLIR attribute";
      return false;
    }
    state.addAttribute(attrName, attr);
  }
  state.addTypes(resultTypes);
  mlir::Operation *op = mlir::Operation::create(state);
  block.push_back(op);
  auto fail = [&](std::string why) {
    op->erase();
    reason = std::move(why);
    return false;
  };
  if (mlir::failed(mlir::verify(op, /*verifyRecursively=*/false)))
    return fail("`" + name.str() + "` is not valid with these operands");
  llvm::SmallVector<mlir::Attribute, 4> constants(operands.begin(),
                                                  operands.end());
  llvm::SmallVector<mlir::OpFoldResult, 2> folded;
  std::string noFold =
      "`" + name.str() + "` does not fold to a constant on these operands";
  if (mlir::failed(op->fold(constants, folded)) ||
      folded.size() != resultTypes.size())
    return fail(noFold);
  for (size_t i = 0; i < folded.size(); ++i) {
    mlir::TypedAttr value;
    if (auto attr = mlir::dyn_cast<mlir::Attribute>(folded[i]))
      value = mlir::dyn_cast<mlir::TypedAttr>(attr);
    else if (auto arg = mlir::dyn_cast<mlir::BlockArgument>(
                 mlir::cast<mlir::Value>(folded[i])))
      value = operands[arg.getArgNumber()];
    // A folder may answer with a value of another kind (a poison), or an
    // equivalent type spelled differently; only the exact type will do.
    if (!value || value.getType() != resultTypes[i])
      return fail(noFold);
    results.push_back(value);
  }
  op->erase();
  return true;
}
