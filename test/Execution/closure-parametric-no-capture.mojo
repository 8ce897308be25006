# RUN: %mojoc run %s | %FileCheck %s
# A parametric closure that captures nothing still binds a `capturing`
# function type (it needs no environment).

from algorithm import vectorize


fn main():
    @parameter
    fn show[w: Int](i: Int):
        print(w, i)

    # CHECK: 4 0
    # CHECK-NEXT: 4 4
    # CHECK-NEXT: 2 8
    # CHECK-NEXT: 1 10
    vectorize[show, 4](11)
