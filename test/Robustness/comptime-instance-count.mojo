# Instantiation that branches grows without reaching the depth budget
# (three parameters would make 10^8 instances); the instance count budget
# stops it, reported once.
# RUN: %not %limit %mojoc check %s 2>&1 | %FileCheck %s --implicit-check-not=error:

fn f[a: Int, b: Int, c: Int]():
    f[a + 1, b, c]()
    f[a, b + 1, c]()
    f[a, b, c + 1]()
# CHECK: :[[# @LINE - 1]]:5: error: instantiating `f[{{[0-9]+}}, {{[0-9]+}}, {{[0-9]+}}]` exceeds the limit of 250000 instances of parameterized functions in a program


fn main():
    f[0, 0, 0]()
