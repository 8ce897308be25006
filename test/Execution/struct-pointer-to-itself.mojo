# RUN: %mojoc run %s | FileCheck %s
# A struct may hold a pointer to its own type: binding `UnsafePointer`'s
# `type: AnyType` does not need the struct's fields, which are still being
# resolved (it was reported as "struct `Node` contains itself").

from memory import UnsafePointer


@value
struct Node:
    var value: Int
    var next: UnsafePointer[Node]


fn main():
    var head = UnsafePointer[Node]()
    for i in range(4):
        var node = UnsafePointer[Node].alloc(1)
        node.init_pointee_move(Node(i, head))
        head = node
    var total = 0
    while head:
        total = total * 10 + head[].value
        var next = head[].next
        head.free()
        head = next
    # CHECK: 3210
    print(total)
