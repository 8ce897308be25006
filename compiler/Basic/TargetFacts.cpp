//===- TargetFacts.cpp - What `sys.info` answers ---------------------------===//
#include "compiler/Basic/TargetFacts.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#include <algorithm>

using namespace mojo;

bool TargetFacts::hasFeature(llvm::StringRef feature) const {
  return std::binary_search(features.begin(), features.end(), feature.str());
}

/// The widest vector register the features give: what Mojo's
/// `simdbitwidth` reports (AVX-512: 512, AVX: 256, SSE and NEON: 128).
static unsigned getSIMDBits(const TargetFacts &facts) {
  if (facts.hasFeature("avx512f"))
    return 512;
  if (facts.hasFeature("avx"))
    return 256;
  return 128;
}

TargetFacts mojo::makeTargetFacts(llvm::StringRef tripleName,
                                  llvm::StringRef cpu,
                                  llvm::ArrayRef<std::string> features) {
  llvm::Triple triple(tripleName);
  TargetFacts facts;
  facts.triple = llvm::Triple::normalize(tripleName);
  facts.arch = llvm::Triple::getArchTypeName(triple.getArch()).str();
  if (triple.isOSDarwin())
    facts.os = "macos";
  else if (triple.isOSWindows())
    facts.os = "windows";
  else
    facts.os = llvm::Triple::getOSTypeName(triple.getOS()).str();
  facts.cpu = cpu.str();
  facts.pointerBits = triple.isArch64Bit()   ? 64
                      : triple.isArch32Bit() ? 32
                                             : 16;
  facts.littleEndian = triple.isLittleEndian();
  llvm::StringMap<bool> enabled;
  for (llvm::StringRef feature : features) {
    if (feature.empty())
      continue;
    bool on = feature.front() != '-';
    if (feature.front() == '+' || feature.front() == '-')
      feature = feature.drop_front();
    enabled[feature] = on;
  }
  for (const auto &entry : enabled)
    if (entry.getValue())
      facts.features.push_back(entry.getKey().str());
  std::sort(facts.features.begin(), facts.features.end());
  facts.simdBits = getSIMDBits(facts);
  return facts;
}

const TargetFacts &mojo::getHostTargetFacts() {
  static const TargetFacts host = [] {
    std::vector<std::string> features;
    for (const auto &feature : llvm::sys::getHostCPUFeatures())
      features.push_back((feature.getValue() ? "+" : "-") +
                         feature.getKey().str());
    return makeTargetFacts(llvm::sys::getProcessTriple(),
                           llvm::sys::getHostCPUName(), features);
  }();
  return host;
}
