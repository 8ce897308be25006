# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      AliasDecl {{.*}} TILE
# CHECK-NEXT:   value: IntegerLiteral {{.*}} 16
alias TILE = 16
# CHECK:      AliasDecl {{.*}} LIMIT
# CHECK-NEXT:   type: Name {{.*}} Int
# CHECK-NEXT:   value: Binary {{.*}} '*'
alias LIMIT: Int = TILE * 4
# CHECK:      AliasDecl {{.*}} StrMap
# CHECK-NEXT:   value: Subscript
alias StrMap = Dict[String, _]
# CHECK:      AliasDecl {{.*}} BAR
# CHECK-NEXT:   value: Binary {{.*}} '*'
# CHECK-NEXT:     StringLiteral {{.*}} "="
alias BAR = "=" * 20

fn f() -> Int:
    # Aliases are allowed at any scope.
    # CHECK:      FuncDecl {{.*}} fn f
    # CHECK:        AliasDecl {{.*}} N
    alias N = 3
    return N
