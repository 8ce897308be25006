"""Word frequencies: `mojoc run examples/wordfreq.mojo The cat saw the CAT.`

Takes its text from the program's arguments, lower-cases it, turns
everything but letters, digits and apostrophes into spaces, splits it into
words, sorts them, and prints each distinct word with its count.
"""

from sys import argv
from utils import StringSlice


fn keeps(c: StringSlice) -> Bool:
    """Whether the character `c` belongs to a word: a letter, a digit, an
    apostrophe, or any non-ASCII character (accented letters)."""
    var code = ord(c)
    return (
        (code >= ord("a") and code <= ord("z"))
        or (code >= ord("0") and code <= ord("9"))
        or code == ord("'")
        or code > 127
    )


fn main():
    var text = String()
    var args = argv()
    for i in range(1, len(args)):
        text += String(args[i])
        text += " "

    var cleaned = String(capacity=len(text))
    for c in text.lower():
        cleaned += c if keeps(c) else " "

    var words = cleaned.split()
    sort(words)

    var i = 0
    while i < len(words):
        var j = i
        while j < len(words) and words[j] == words[i]:
            j += 1
        print(words[i], j - i)
        i = j
