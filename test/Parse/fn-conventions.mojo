# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      FuncDecl {{.*}} fn f
# CHECK-NEXT:   ParamList ()
# CHECK-NEXT:     ParamDecl {{.*}} a read
# CHECK:          ParamDecl {{.*}} b mut
# CHECK:          ParamDecl {{.*}} c owned
# CHECK:          ParamDecl {{.*}} d ref
# CHECK-NEXT:       origin: Name {{.*}} o
# CHECK-NEXT:       type: Name {{.*}} T
# CHECK-NEXT:     ParamDecl {{.*}} e out
# CHECK:          ParamDecl {{.*}} g ref
# CHECK-NEXT:       type: Name {{.*}} T
# CHECK-NEXT:     ParamDecl {{.*}} h inout
# CHECK:          ParamDecl {{.*}} i borrowed
fn f(read a: T, mut b: T, owned c: T, ref [o] d: T, out e: T, ref g: T,
     inout h: T, borrowed i: T):
    pass

# A convention word followed by `:` is the parameter's name.
# CHECK:      FuncDecl {{.*}} fn g
# CHECK-NEXT:   ParamList ()
# CHECK-NEXT:     ParamDecl {{.*}} mut{{$}}
# CHECK:          ParamDecl {{.*}} * xs owned
# CHECK-NEXT:       type: Name {{.*}} String
fn g(mut: Int, owned *xs: String):
    pass

# Methods: untyped `self`, `mut self`, `out self`.
# CHECK:      ParamDecl {{.*}} self out
# CHECK-NOT:    type:
# CHECK:      ParamDecl {{.*}} existing owned
fn __moveinit__(out self, owned existing: Self, /):
    pass
