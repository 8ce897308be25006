# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# The `/` and `*` markers are not entries; each parameter records its kind
# and the list records where the markers were.

# CHECK:      FuncDecl {{.*}} fn f raises
# CHECK-NEXT:   ParamList () /@1{{$}}
# CHECK-NEXT:     ParamDecl {{.*}} a positional-only
# CHECK-NEXT:       type: Name {{.*}} Int
# CHECK-NEXT:     ParamDecl {{.*}} b{{$}}
# CHECK-NEXT:       type: Name {{.*}} Int
# CHECK-NEXT:       default: IntegerLiteral {{.*}} 0
# CHECK-NEXT:     ParamDecl {{.*}} * rest{{$}}
# CHECK-NEXT:       type: Name {{.*}} Int
# CHECK-NEXT:     ParamDecl {{.*}} flag keyword-only
# CHECK-NEXT:       type: Name {{.*}} Bool
# CHECK-NEXT:     ParamDecl {{.*}} ** kw keyword-only
# CHECK-NEXT:       type: Name {{.*}} Int
# CHECK-NEXT:   result: Name {{.*}} Int
fn f(a: Int, /, b: Int = 0, *rest: Int, flag: Bool, **kw: Int) raises -> Int:
    return a

# A bare `*` starts the keyword-only parameters.
# CHECK:      FuncDecl {{.*}} fn g
# CHECK-NEXT:   ParamList () *@1{{$}}
# CHECK-NEXT:     ParamDecl {{.*}} self{{$}}
# CHECK-NEXT:     ParamDecl {{.*}} other keyword-only
fn g(self, *, other: Self):
    pass

# `*_` and `**_` unbind parameters; a trailing comma is fine.
# CHECK:      FuncDecl {{.*}} fn h
# CHECK-NEXT:   ParamList ()
# CHECK-NEXT:     ParamDecl {{.*}} v
# CHECK-NEXT:       type: Subscript
# CHECK-NEXT:         Name {{.*}} SIMD
# CHECK-NEXT:         Member
fn h(v: SIMD[DType.float32, _],):
    pass
