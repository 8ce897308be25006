# RUN: %mojoc run %s | %FileCheck %s
# `mut self` methods of an instance change its fields of parameter type.

@value
struct Counter[T: CollectionElement, step: Int]:
    var count: Int
    var last: T

    fn record(mut self, value: T):
        self.count += step
        self.last = value


fn main():
    var c = Counter[Bool, 5](0, False)
    c.record(True)
    c.record(True)
    # CHECK: 10 True
    print(c.count, c.last)
