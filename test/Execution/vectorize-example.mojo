# RUN: %mojoc run %s | %FileCheck %s
# The example of the issue: the widths of all calls add up to the size.

from algorithm import vectorize


fn main():
    var total = 0

    @parameter
    fn add[w: Int](i: Int):
        total += w

    vectorize[add, 8](100)
    # CHECK: 100
    print(total)
