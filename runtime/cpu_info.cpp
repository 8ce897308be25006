//===- cpu_info.cpp - The processor the program runs on -------------------===//
//
// `sys.info.num_logical_cores`, `num_physical_cores` and
// `num_performance_cores`: asked of the OS each time (a program may move to
// another machine, unlike the compile-time target queries). Linux reads the
// CPU topology under /sys; macOS asks sysctl. Plain libc, no allocation.
//
//===----------------------------------------------------------------------===//
#include "runtime/mojo_runtime.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <unistd.h>

#ifdef __APPLE__
#include <sys/sysctl.h>
#endif

namespace {

#ifdef __APPLE__
int64_t sysctlCount(const char *name) {
  int value = 0;
  size_t size = sizeof(value);
  if (sysctlbyname(name, &value, &size, nullptr, 0) != 0 || value <= 0)
    return 0;
  return value;
}
#endif

/// The integer in the file at `path`, or -1.
long readNumber(const char *path) {
  FILE *file = std::fopen(path, "r");
  if (!file)
    return -1;
  long value = -1;
  if (std::fscanf(file, "%ld", &value) != 1)
    value = -1;
  std::fclose(file);
  return value;
}

/// Whether `cpu` is in a CPU list such as "0-7,16-23" (Linux's cpulist).
bool inCPUList(const char *list, long cpu) {
  const char *p = list;
  while (*p) {
    char *end = nullptr;
    long first = std::strtol(p, &end, 10);
    if (end == p)
      return false;
    long last = first;
    p = end;
    if (*p == '-') {
      last = std::strtol(p + 1, &end, 10);
      p = end;
    }
    if (cpu >= first && cpu <= last)
      return true;
    if (*p != ',')
      return false;
    ++p;
  }
  return false;
}

/// Distinct (package, core) pairs among the CPUs in /sys, optionally only
/// those in `only` (a cpulist); 0 when the topology cannot be read.
int64_t countLinuxCores(const char *only) {
  DIR *dir = opendir("/sys/devices/system/cpu");
  if (!dir)
    return 0;
  // Each core is one key (package << 32 | core id); hosts have at most a
  // few thousand, and a core seen more than once is found by a scan.
  static constexpr int kMaxCores = 8192;
  static long long seen[kMaxCores];
  int count = 0;
  while (dirent *entry = readdir(dir)) {
    long cpu = 0;
    char tail = 0;
    if (std::sscanf(entry->d_name, "cpu%ld%c", &cpu, &tail) != 1)
      continue;
    if (only && !inCPUList(only, cpu))
      continue;
    char path[128];
    std::snprintf(path, sizeof(path),
                  "/sys/devices/system/cpu/cpu%ld/topology/core_id", cpu);
    long core = readNumber(path);
    if (core < 0) // Offline: no topology.
      continue;
    std::snprintf(path, sizeof(path),
                  "/sys/devices/system/cpu/cpu%ld/topology/"
                  "physical_package_id",
                  cpu);
    long package = readNumber(path);
    long long key = ((long long)(package < 0 ? 0 : package) << 32) | core;
    bool known = false;
    for (int i = 0; i < count && !known; ++i)
      known = seen[i] == key;
    if (!known && count < kMaxCores)
      seen[count++] = key;
  }
  closedir(dir);
  return count;
}

} // namespace

extern "C" int64_t mojo_rt_num_logical_cores(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

extern "C" int64_t mojo_rt_num_physical_cores(void) {
#ifdef __APPLE__
  if (int64_t n = sysctlCount("hw.physicalcpu"))
    return n;
#else
  if (int64_t n = countLinuxCores(nullptr))
    return n;
#endif
  return mojo_rt_num_logical_cores();
}

extern "C" int64_t mojo_rt_num_performance_cores(void) {
#ifdef __APPLE__
  if (int64_t n = sysctlCount("hw.perflevel0.physicalcpu"))
    return n;
#else
  // A hybrid Intel CPU lists its P-cores as the `cpu_core` PMU's CPUs.
  char list[4096] = {0};
  if (FILE *file = std::fopen("/sys/devices/cpu_core/cpus", "r")) {
    size_t n = std::fread(list, 1, sizeof(list) - 1, file);
    std::fclose(file);
    list[n] = 0;
    if (int64_t cores = countLinuxCores(list))
      return cores;
  }
#endif
  return mojo_rt_num_physical_cores();
}
