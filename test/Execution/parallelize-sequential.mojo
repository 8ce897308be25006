# RUN: %mojoc run %s | %FileCheck %s
# `parallelize` runs every work item (sequentially, for now).

from algorithm import parallelize


fn main():
    var sum = 0
    var count = 0

    @parameter
    fn work(i: Int):
        sum += i
        count += 1

    parallelize[work](5)
    # CHECK: 10 5
    print(sum, count)
    parallelize[work](4, 2)
    # CHECK-NEXT: 16 9
    print(sum, count)
