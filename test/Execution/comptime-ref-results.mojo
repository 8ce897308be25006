# RUN: %mojoc run %s | %FileCheck %s
# The compile-time interpreter runs `-> ref` functions as places: a read
# gives the value, an assignment or an update through one changes the
# variable it refers to, and a `read` origin argument is referred to in
# place.


struct Counter:
    var hits: Int
    var misses: Int

    fn __init__(out self):
        self.hits = 0
        self.misses = 0

    fn slot(ref self, hit: Bool) -> ref [self] Int:
        if hit:
            return self.hits
        return self.misses

    fn peek(self) -> ref [self] Int:
        return self.hits


fn tally(n: Int) -> Int:
    var c = Counter()
    for i in range(n):
        c.slot(i % 3 == 0) += 1
    c.slot(False) = c.slot(False) * 100
    return c.peek() + c.misses


alias T = tally(10)


fn main():
    # CHECK: 604 604
    print(T, tally(10))
