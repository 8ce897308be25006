# RUN: %mojoc run %s | %FileCheck %s
# A size that is not a multiple of the width: whole vectors first, then the
# rest with descending powers of two, each offset right after the last.

from algorithm import vectorize


fn main():
    @parameter
    fn show[w: Int](i: Int):
        print("w", w, "at", i)

    # CHECK: w 8 at 0
    # CHECK-NEXT: w 8 at 8
    # CHECK-NEXT: w 4 at 16
    # CHECK-NEXT: w 2 at 20
    # CHECK-NEXT: w 1 at 22
    # CHECK-NEXT: done
    vectorize[show, 8](23)
    print("done")
    # Fewer items than one vector.
    # CHECK-NEXT: w 2 at 0
    # CHECK-NEXT: w 1 at 2
    # CHECK-NEXT: done
    vectorize[show, 4](3)
    print("done")
