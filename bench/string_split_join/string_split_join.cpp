// Splitting a 10 MB string on spaces and joining the pieces with commas:
// the C++ peer of string_split_join.mojo (same text, same algorithm,
// std::string pieces in a std::vector, appends without reserving).
#include <cstdio>
#include <string>
#include <vector>

int main() {
  const std::vector<std::string> words = {"lorem", "ipsum",       "dolor",
                                          "sit",   "amet",        "consectetur",
                                          "adipiscing", "elit"};
  std::string text;
  long i = 0;
  while (text.size() < 10000000) {
    if (i != 0)
      text += ' ';
    text += words[i % words.size()];
    i++;
  }

  std::vector<std::string> parts;
  size_t at = 0;
  for (size_t hit; (hit = text.find(' ', at)) != std::string::npos;
       at = hit + 1)
    parts.emplace_back(text, at, hit - at);
  parts.emplace_back(text, at);

  std::string joined;
  for (size_t k = 0; k < parts.size(); k++) {
    if (k != 0)
      joined += ',';
    joined += parts[k];
  }
  std::printf("%zu %zu\n", parts.size(), joined.size());
  return 0;
}
