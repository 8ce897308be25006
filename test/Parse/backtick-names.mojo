# RUN: %mojoc parse --dump-ast %s | %FileCheck %s
# A backtick identifier is one name, stored without its backticks.

# CHECK: AliasDecl <5:1, 5:21> \t
alias `\t` = UInt8(9)
# CHECK:      FuncDecl {{.*}} fn with space
# CHECK-NEXT:   ParamList ()
# CHECK-NEXT:     ParamDecl {{.*}} in
fn `with space`(`in`: Int):
    # CHECK: Name {{.*}} in
    return `in`
# `n` is the same name as n.
# CHECK: Name <14:1, 14:3> n
`n` = 1
