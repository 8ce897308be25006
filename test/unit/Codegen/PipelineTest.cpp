//===- PipelineTest.cpp - What the MLIR pipeline does to a module ---------===//
//
// The shape of the output, not its behaviour: which functions MLIR inlines,
// which it leaves to LLVM, and what reaches LLVM as attributes.
//
//===----------------------------------------------------------------------===//
#include "CodegenTestSupport.h"

#include "gtest/gtest.h"

using namespace mojo;
using namespace mojo::test;

namespace {

bool contains(const std::string &text, llvm::StringRef needle) {
  return text.find(needle.str()) != std::string::npos;
}

// A thin wrapper (inlined and deleted in MLIR), a function with a loop (left
// to LLVM), and the two inline attributes IRGen may set (an always-inline
// function with a loop is left to LLVM's always-inliner).
const char *const kFunctions = R"mlir(
func.func private @wrapper(%a: index, %b: index) -> index {
  %s = index.add %a, %b
  return %s : index
}
func.func private @looping(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %c0) -> (index) {
    %next = arith.addi %acc, %i : index
    scf.yield %next : index
  }
  return %s : index
}
func.func private @forced(%n: index) -> index attributes {mojo.always_inline} {
  %r = call @looping(%n) : (index) -> index
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %s = scf.for %i = %c0 to %r step %c1 iter_args(%acc = %c0) -> (index) {
    %next = arith.muli %acc, %i : index
    scf.yield %next : index
  }
  return %s : index
}
func.func private @mojo_rt_argc() -> i64
func.func private @kept(%a: index) -> index attributes {mojo.no_inline} {
  %argc = call @mojo_rt_argc() : () -> i64
  %b = index.castu %argc : i64 to index
  %s = index.add %a, %b
  return %s : index
}
func.func @entry(%n: index) -> index {
  %a = call @wrapper(%n, %n) : (index, index) -> index
  %b = call @looping(%a) : (index) -> index
  %c = call @forced(%b) : (index) -> index
  %d = call @kept(%c) : (index) -> index
  return %d : index
}
)mlir";

TEST(PipelineTest, InlinesOnlySmallStraightLineFunctionsInMLIR) {
  std::string lowered = lowerMLIR(kFunctions);
  EXPECT_FALSE(contains(lowered, "@wrapper")) << lowered;
  EXPECT_TRUE(contains(lowered, "passthrough = [\"alwaysinline\"]"))
      << lowered;
  EXPECT_TRUE(contains(lowered, "llvm.func internal @looping")) << lowered;
  EXPECT_TRUE(contains(lowered, "llvm.func internal @kept")) << lowered;
  EXPECT_TRUE(contains(lowered, "passthrough = [\"noinline\"]")) << lowered;
  EXPECT_FALSE(contains(lowered, "mojo.no_inline")) << lowered;
  // Public functions keep external linkage.
  EXPECT_TRUE(contains(lowered, "llvm.func @entry")) << lowered;
}

TEST(PipelineTest, LevelZeroSkipsInlining) {
  CodegenOptions opts;
  opts.optLevel = 0;
  std::string lowered = lowerMLIR(kFunctions, opts);
  EXPECT_TRUE(contains(lowered, "llvm.func internal @wrapper")) << lowered;
}

TEST(PipelineTest, LLVMHonoursNoInlineAndTargetsTheHost) {
  CompiledModule compiled = compileMLIR(kFunctions);
  ASSERT_NE(compiled.module, nullptr);
  std::string ir = printIR(*compiled.module);
  // LLVM inlined `looping` (internal, small) but not `kept`, which calls
  // out so it cannot be folded away either.
  EXPECT_FALSE(contains(ir, "define internal i64 @looping")) << ir;
  EXPECT_FALSE(contains(ir, "@forced")) << ir;
  EXPECT_TRUE(contains(ir, "@kept(")) << ir;
  EXPECT_TRUE(contains(ir, "noinline")) << ir;
  EXPECT_TRUE(contains(ir, "\"target-cpu\"=")) << ir;
  EXPECT_TRUE(contains(ir, "target triple = \"x86_64")) << ir;
}

TEST(PipelineTest, ExplicitCPUAndFeatures) {
  CodegenOptions opts;
  opts.cpu = "x86-64-v3";
  opts.features = "-fma";
  CompiledModule compiled = compileMLIR(kFunctions, opts);
  ASSERT_NE(compiled.module, nullptr);
  std::string ir = printIR(*compiled.module);
  EXPECT_TRUE(contains(ir, "\"target-cpu\"=\"x86-64-v3\"")) << ir;
  EXPECT_TRUE(contains(ir, "\"target-features\"=\"-fma\"")) << ir;
}

} // namespace
