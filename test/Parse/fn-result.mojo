# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# A reference result.
# CHECK:      FuncDecl {{.*}} fn head
# CHECK:        result: RefType
# CHECK-NEXT:     origin: Name {{.*}} o
# CHECK-NEXT:     type: Name {{.*}} Int
fn head[m: Bool, //, o: Origin[m]](ref [o] l: List[Int]) -> ref [o] Int:
    return l[0]

# `ref` without origins means `ref [_]`.
# CHECK:      result: RefType {{.*}} no-origins
fn first(ref self) -> ref T:
    return self.data[0]

# The legacy named result `-> T as r`.
# CHECK:      FuncDecl {{.*}} fn make result-name=r
# CHECK:        result: Name {{.*}} Foo
fn make() -> Foo as r:
    r = Foo()

# Effects: `raises`, and on nested functions `capturing`.
# CHECK:      FuncDecl {{.*}} fn g raises capturing
fn g() raises capturing -> None:
    pass
