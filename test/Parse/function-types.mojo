# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      ParamDecl {{.*}} f
# CHECK-NEXT:   type: FunctionType {{.*}} capturing
# CHECK-NEXT:     ParamList ()
# CHECK-NEXT:       ParamDecl {{.*}} <unnamed>
# CHECK-NEXT:         type: Name {{.*}} Int
# CHECK-NEXT:     captures: Name {{.*}} _
# CHECK-NEXT:     result: Name {{.*}} Int
fn twice[f: fn (Int) capturing [_] -> Int](x: Int) -> Int:
    return f(f(x))

# Names and conventions are allowed; effects come in order.
# CHECK:      AliasDecl {{.*}} Callback
# CHECK-NEXT:   value: FunctionType {{.*}} raises escaping
# CHECK-NEXT:     ParamList ()
# CHECK-NEXT:       ParamDecl {{.*}} x mut
# CHECK-NEXT:         type: Name {{.*}} Int
# CHECK-NEXT:       ParamDecl {{.*}} <unnamed>
# CHECK-NEXT:         type: Name {{.*}} String
# CHECK-NEXT:     result: NoneLiteral
alias Callback = fn (mut x: Int, String) raises escaping -> None

# Function types may have their own parameters.
# CHECK:      AliasDecl {{.*}} Each
# CHECK-NEXT:   value: FunctionType {{.*}} capturing
# CHECK-NEXT:     ParamList []
# CHECK-NEXT:       ParamDecl {{.*}} T
# CHECK-NEXT:         type: Name {{.*}} Writable
# CHECK-NEXT:     ParamList ()
alias Each = fn[T: Writable](T) capturing -> None

# No result: the result is `None`.
# CHECK:      AliasDecl {{.*}} Thunk
# CHECK-NEXT:   value: FunctionType
# CHECK-NEXT:     ParamList ()
# CHECK-NEXT: AliasDecl
alias Thunk = fn ()
alias End = 0
