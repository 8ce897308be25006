# RUN: %mojoc parse --dump-ast %s | %FileCheck %s

# CHECK:      Module
# CHECK-NEXT:   FuncDecl <7:1, 8:26> fn main
# CHECK-NEXT:     ParamList ()
# CHECK-NEXT:     Block
fn main():
    print("Hello, world!")
# CHECK-NEXT:       ExprStmt <8:5, 8:26>
# CHECK-NEXT:         Call <8:5, 8:26>
# CHECK-NEXT:           Name <8:5, 8:9> print
# CHECK-NEXT:           StringLiteral <8:11, 8:25> "Hello, world!"
