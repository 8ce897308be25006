# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# Parameters before `//` are infer-only.
# CHECK:      FuncDecl {{.*}} fn f
# CHECK-NEXT:   ParamList [] //@1{{$}}
# CHECK-NEXT:     ParamDecl {{.*}} dt infer-only
# CHECK-NEXT:       type: Name {{.*}} DType
# CHECK-NEXT:     ParamDecl {{.*}} v{{$}}
# CHECK-NEXT:       type: Subscript
# CHECK:        ParamList ()
fn f[dt: DType, //, v: Scalar[dt]]():
    pass

# Defaults and variadic parameters.
# CHECK:      FuncDecl {{.*}} fn g
# CHECK-NEXT:   ParamList []
# CHECK-NEXT:     ParamDecl {{.*}} n{{$}}
# CHECK-NEXT:       type: Name {{.*}} Int
# CHECK-NEXT:       default: IntegerLiteral {{.*}} 4
# CHECK-NEXT:     ParamDecl {{.*}} * dims{{$}}
fn g[n: Int = 4, *dims: Int]():
    pass

# Heterogeneous variadic packs: `*args: *Ts`.
# CHECK:      FuncDecl {{.*}} fn write
# CHECK-NEXT:   ParamList []
# CHECK-NEXT:     ParamDecl {{.*}} * Ts
# CHECK-NEXT:       type: Name {{.*}} Writable
# CHECK-NEXT:   ParamList ()
# CHECK-NEXT:     ParamDecl {{.*}} self mut
# CHECK-NEXT:     ParamDecl {{.*}} * args
# CHECK-NEXT:       type: Unpack {{.*}} '*'
# CHECK-NEXT:         Name {{.*}} Ts
fn write[*Ts: Writable](mut self, *args: *Ts):
    pass
