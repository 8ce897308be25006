# RUN: %mojoc run %s | FileCheck %s
# A `List` computed at compile time is a constant: its buffer (and what
# its elements own) becomes the program's globals, and each use is a copy
# the program owns, as Mojo materializes an alias at each use.


fn squares(n: Int) -> List[Int]:
    var result = List[Int]()
    for i in range(n):
        result.append(i * i)
    return result^


fn table(rows: Int) -> List[List[Int]]:
    var result = List[List[Int]]()
    for r in range(rows):
        result.append(squares(r + 1))
    return result^


alias SQUARES = squares(10)
alias NAMES = List[StringLiteral]("ada", "grace", "barbara")
alias TABLE = table(4)
# Computed from another constant, whose memory is imported again.
alias LAST = SQUARES[-1] + len(TABLE[3])


fn main():
    # CHECK: 10 81 3 grace 85
    print(len(SQUARES), SQUARES[9], len(NAMES), NAMES[1], LAST)
    var mine = SQUARES
    mine.append(100)
    # CHECK-NEXT: 11 10
    print(len(mine), len(SQUARES))
    # CHECK-NEXT: 4 1 4 9
    print(len(TABLE), len(TABLE[0]), len(TABLE[3]), TABLE[3][3])
    var total = 0
    for i in range(1000):
        total += SQUARES[i % 10]
    # CHECK-NEXT: 28500
    print(total)
