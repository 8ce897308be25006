# RUN: %mojoc run %s | %FileCheck %s
# A closure reads the values it captures by reference whenever it runs, so
# a value with a destructor lives until the closure's last call (directly,
# through a parameter such as `vectorize`'s, or passed as an argument),
# and changes made inside are seen after.
from algorithm import vectorize


struct Noisy:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        print("del", self.id)


fn run[f: fn() capturing -> None]():
    f()


fn call_it(f: fn() capturing -> None):
    f()


fn main():
    var n = Noisy(1)

    @parameter
    fn show():
        print("sees", n.id)

    # CHECK: sees 1
    show()
    # CHECK-NEXT: sees 1
    run[show]()
    # CHECK-NEXT: sees 1
    # CHECK-NEXT: del 1
    call_it(show)
    # CHECK-NEXT: after
    print("after")

    var total = Noisy(0)

    @parameter
    fn add[w: Int](i: Int):
        total.id += w

    vectorize[add, 4](10)
    # CHECK-NEXT: 10
    # CHECK-NEXT: del 10
    print(total.id)
    # CHECK-NEXT: end
    print("end")
