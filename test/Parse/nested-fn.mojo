# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      FuncDecl {{.*}} fn caller
# CHECK:        Block
# CHECK-NEXT:     FuncDecl {{.*}} fn add_k
# CHECK-NEXT:       Decorator {{.*}} parameter
# CHECK:            ReturnStmt
# CHECK:          ReturnStmt
# CHECK-NEXT:       value: Call
# CHECK-NEXT:         Subscript
# CHECK-NEXT:           Name {{.*}} twice
# CHECK-NEXT:           Name {{.*}} add_k
fn caller(k: Int) -> Int:
    @parameter
    fn add_k(v: Int) -> Int:
        return v + k
    return twice[add_k](1)

# Structs nested in functions parse (the checker rejects them).
# CHECK:      FuncDecl {{.*}} fn holder
# CHECK:          StructDecl {{.*}} Local
fn holder():
    struct Local:
        var x: Int
