# Unbounded recursive instantiation stops at the instantiation depth budget
# with a short note chain, instead of growing until memory runs out.
# RUN: %not %limit %mojoc check %s 2>&1 | %FileCheck %s --implicit-check-not=error:

fn f[n: Int]() -> Int:
    return f[n + 1]()
# CHECK: :[[# @LINE - 1]]:12: error: instantiating `f[1024]` exceeds the limit of 1024 nested instantiations
# CHECK: :[[# @LINE - 2]]:12: note: in `f[1023]`, instantiated here
# CHECK: :[[# @LINE - 3]]:12: note: in `f[1022]`, instantiated here
# CHECK: note: 1021 more instantiations are not shown
# CHECK-NOT: note: in `f[1021]`
# CHECK: :[[# @LINE + 4]]:11: note: in `f[0]`, instantiated here


fn main():
    print(f[0]())
