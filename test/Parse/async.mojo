# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      FuncDecl {{.*}} fn fetch async
# CHECK:        ReturnStmt
# CHECK-NEXT:     value: Await
# CHECK-NEXT:       Call
async fn fetch() -> Int:
    return await get()
