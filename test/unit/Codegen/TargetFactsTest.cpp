//===- TargetFactsTest.cpp - What `sys.info` is told about the target -----===//
#include "compiler/Codegen/Codegen.h"
#include "runtime/mojo_runtime.h"

#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#include "gtest/gtest.h"

using namespace mojo;

namespace {

bool hostIsX86() {
  return llvm::Triple(llvm::sys::getProcessTriple()).isX86();
}

TEST(TargetFactsTest, TheDefaultIsTheHost) {
  TargetFacts facts = describeTarget(CodegenOptions());
  const TargetFacts &host = getHostTargetFacts();
  EXPECT_EQ(facts.arch, host.arch);
  EXPECT_EQ(facts.cpu, llvm::sys::getHostCPUName().str());
  EXPECT_EQ(facts.features, host.features);
  EXPECT_EQ(facts.pointerBits, sizeof(void *) * 8);
}

TEST(TargetFactsTest, ANamedCPUHasTheFeaturesItImplies) {
  if (!hostIsX86())
    GTEST_SKIP() << "x86 CPU names";
  CodegenOptions opts;
  opts.cpu = "x86-64-v3";
  TargetFacts v3 = describeTarget(opts);
  EXPECT_TRUE(v3.hasFeature("avx2"));
  EXPECT_TRUE(v3.hasFeature("fma"));
  EXPECT_FALSE(v3.hasFeature("avx512f"));
  EXPECT_EQ(v3.simdBits, 256u);
  opts.features = "-fma";
  EXPECT_FALSE(describeTarget(opts).hasFeature("fma"));
  opts.cpu = "skylake-avx512";
  opts.features = "";
  TargetFacts skx = describeTarget(opts);
  EXPECT_TRUE(skx.hasFeature("avx512f"));
  EXPECT_EQ(skx.simdBits, 512u);
}

TEST(TargetFactsTest, TriplesAndFeatureLists) {
  TargetFacts mac =
      makeTargetFacts("arm64-apple-macosx14.0", "apple-m1", {"+neon"});
  EXPECT_EQ(mac.os, "macos");
  EXPECT_EQ(mac.arch, "aarch64");
  EXPECT_TRUE(mac.hasFeature("neon"));
  EXPECT_EQ(mac.simdBits, 128u);
  // A later entry wins, as in SubtargetFeatures strings.
  TargetFacts x86 = makeTargetFacts("x86_64-unknown-linux-gnu", "x86-64",
                                    {"+avx", "+avx2", "-avx2"});
  EXPECT_EQ(x86.os, "linux");
  EXPECT_TRUE(x86.hasFeature("avx"));
  EXPECT_FALSE(x86.hasFeature("avx2"));
  EXPECT_EQ(x86.simdBits, 256u);
  TargetFacts i386 = makeTargetFacts("i386-pc-windows-msvc", "", {});
  EXPECT_EQ(i386.os, "windows");
  EXPECT_EQ(i386.pointerBits, 32u);
}

TEST(RuntimeCPUInfoTest, CoreCountsAreOrdered) {
  int64_t logical = mojo_rt_num_logical_cores();
  int64_t physical = mojo_rt_num_physical_cores();
  int64_t performance = mojo_rt_num_performance_cores();
  EXPECT_GE(performance, 1);
  EXPECT_LE(performance, physical);
  EXPECT_LE(physical, logical);
}

} // namespace
