"""Splitting a 10 MB string on spaces and joining the pieces with commas.

The text is built in the program, deterministically: eight words of 3 to
11 bytes, taken in turn and separated by single spaces, appended until the
string holds 10,000,000 bytes. Splitting it on " " makes one `String` per
word (about 1.6 million); joining them with "," makes one 10 MB string
again. It prints the number of pieces and the joined string's length. The
C++ peer does the same with `std::string` and `std::vector<std::string>`
(its short words fit in `std::string`'s inline buffer, so its pieces need
no allocation, where each Mojo `String` has one).
"""


fn main() raises:
    var words = List[String](
        "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit"
    )
    var text = String()
    var i = 0
    while len(text) < 10_000_000:
        if i != 0:
            text += " "
        text += words[i % len(words)]
        i += 1
    var parts = text.split(" ")
    var joined = String(",").join(parts)
    print(len(parts), len(joined))
