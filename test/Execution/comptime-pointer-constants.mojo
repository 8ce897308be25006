# RUN: %mojoc run %s | FileCheck %s
# An `UnsafePointer` computed at compile time is a constant: null, or an
# address in the memory the evaluation allocated, which the program gets
# as it was left (writable, as at compile time). Pointers stored in that
# memory point within it: a ring of nodes keeps its cycle, and a chain of
# 20,000 nodes is walked without recursion.

from memory import UnsafePointer


@value
struct Node:
    var value: Int
    var next: UnsafePointer[Node]


fn ring(n: Int) -> UnsafePointer[Node]:
    var first = UnsafePointer[Node].alloc(1)
    first.init_pointee_move(Node(0, UnsafePointer[Node]()))
    var last = first
    for i in range(1, n):
        var node = UnsafePointer[Node].alloc(1)
        node.init_pointee_move(Node(i, UnsafePointer[Node]()))
        last[].next = node
        last = node
    last[].next = first
    return first


fn chain(n: Int) -> UnsafePointer[Node]:
    var head = UnsafePointer[Node]()
    for i in range(n):
        var node = UnsafePointer[Node].alloc(1)
        node.init_pointee_move(Node(i, head))
        head = node
    return head


fn walk(p: UnsafePointer[Node], steps: Int) -> Int:
    var total = 0
    var q = p
    for _ in range(steps):
        total += q[].value
        q = q[].next
    return total


fn length(p: UnsafePointer[Node]) -> Int:
    var n = 0
    var q = p
    while q:
        n += 1
        q = q[].next
    return n


fn words() -> UnsafePointer[StringLiteral]:
    var p = UnsafePointer[StringLiteral].alloc(3)
    p.init_pointee_move("alpha")
    (p + 1).init_pointee_move("beta")
    (p + 2).init_pointee_move("gamma")
    return p


fn middle() -> UnsafePointer[Int]:
    var p = UnsafePointer[Int].alloc(4)
    for i in range(4):
        p[i] = 10 * i
    return p + 2


fn from_integer(address: Int) -> UnsafePointer[Int]:
    var bits = __mlir_op.`index.casts`[_type = __mlir_type.i64](address.value)
    return UnsafePointer[Int](
        __mlir_op.`llvm.inttoptr`[_type = __mlir_type.`!llvm.ptr`](bits)
    )


# A pointer turned into an integer and back is the same pointer.
fn round_trip() -> Int:
    var p = UnsafePointer[Int].alloc(3)
    p[2] = 42
    var q = from_integer(Int(p + 2))
    var result = q[] + Int(q == p + 2)
    p.free()
    return result


alias NULL = UnsafePointer[Int]()
alias RING = ring(5)
alias CHAIN = chain(20000)
alias WORDS = words()
alias MIDDLE = middle()


fn main():
    # CHECK: False
    print(NULL.__bool__())
    # CHECK-NEXT: 43 43
    alias trip = round_trip()
    print(round_trip(), trip)
    # Around the ring twice and more: 0+1+2+3+4 twice, then 0+1.
    # CHECK-NEXT: 21 21
    alias around = walk(RING, 12)
    print(walk(RING, 12), around)
    # CHECK-NEXT: 20000 20000
    alias count = length(CHAIN)
    print(length(CHAIN), count)
    # CHECK-NEXT: alpha beta gamma
    print(WORDS[0], WORDS[1], WORDS[2])
    # An address inside a block: offsets are kept.
    # CHECK-NEXT: 20 30 0
    print(MIDDLE[0], MIDDLE[1], MIDDLE[-2])
    # The memory is the program's to write.
    RING[].value = 7
    # CHECK-NEXT: 17
    print(walk(RING, 5))
