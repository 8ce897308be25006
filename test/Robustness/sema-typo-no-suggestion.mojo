# RUN: not %mojoc check %s 2>&1 | %FileCheck %s
# A name far from every candidate gets no suggestion, nor does a one- or
# two-letter name that differs by more than case.

fn main():
    var count = 1
    var j = 2
    # CHECK: error: use of undeclared name `completely_unrelated`{{$}}
    print(completely_unrelated)
    # CHECK: error: use of undeclared name `i`{{$}}
    print(i)
    # CHECK-NOT: did you mean
