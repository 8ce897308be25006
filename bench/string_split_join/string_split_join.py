"""Splitting a 10 MB string on spaces and joining the pieces with commas:
the CPython peer of string_split_join.mojo."""


def main():
    words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur",
             "adipiscing", "elit"]
    text = ""
    i = 0
    while len(text) < 10_000_000:
        if i != 0:
            text += " "
        text += words[i % len(words)]
        i += 1
    parts = text.split(" ")
    joined = ",".join(parts)
    print(len(parts), len(joined))


main()
