// Appending 10 million longs to a std::vector, then summing them: the C++
// peer of list_append_sum.mojo (same values, growth by push_back alone).
#include <cstdio>
#include <vector>

int main() {
  std::vector<long> items;
  for (long i = 0; i < 10000000; i++)
    items.push_back((i * 7919) % 10007);
  long total = 0;
  for (long x : items)
    total += x;
  std::printf("%zu %ld\n", items.size(), total);
  return 0;
}
