# RUN: %mojoc run %s | %FileCheck %s
# Overloads are chosen by the types and the number of the arguments.

struct Box:
    var v: Int
    fn __init__(out self, v: Int):
        self.v = v

fn describe(x: Int) -> StringLiteral:
    return "Int"

fn describe(x: Bool) -> StringLiteral:
    return "Bool"

fn describe(x: Box) -> StringLiteral:
    return "Box"

fn describe(x: StringLiteral) -> StringLiteral:
    return "StringLiteral"

fn describe(x: Int, y: Int) -> StringLiteral:
    return "Int, Int"

fn main():
    var i = 1
    # CHECK: Int
    print(describe(i))
    # CHECK-NEXT: Bool
    print(describe(True))
    # CHECK-NEXT: Box
    print(describe(Box(3)))
    # CHECK-NEXT: StringLiteral
    print(describe("text"))
    # CHECK-NEXT: Int, Int
    print(describe(1, 2))
