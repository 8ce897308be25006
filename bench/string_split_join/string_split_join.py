"""Splitting a 10 MB string on spaces and joining the pieces with commas:
the CPython peer of string_split_join.mojo.

The text is the same, but built as a Python user builds one: the words
collected in a list and joined with spaces once. Appending to a `str` in
a loop, as the Mojo and C++ programs do, is quadratic in CPython 3.11 here
(10 s of CPU for 250 KB, 37 s for 500 KB): it would measure the build, not
the split and join."""


def main():
    words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur",
             "adipiscing", "elit"]
    pieces = []
    length = -1  # the first word has no space before it
    i = 0
    while length < 10_000_000:
        word = words[i % len(words)]
        pieces.append(word)
        length += len(word) + 1
        i += 1
    text = " ".join(pieces)
    parts = text.split(" ")
    joined = ",".join(parts)
    print(len(parts), len(joined))


main()
