# RUN: %mojoc run %s | %FileCheck %s
# A generic container over UnsafePointer, checked once against its bound
# and instantiated for a trivial and a non-trivial element type: elements
# are moved in, read in place, replaced, and destroyed when it dies.
from memory import UnsafePointer


struct Buffer[T: CollectionElement]:
    var data: UnsafePointer[T]
    var size: Int

    fn __init__(out self, capacity: Int):
        self.data = UnsafePointer[T].alloc(capacity)
        self.size = 0

    fn push(mut self, owned value: T):
        (self.data + self.size).init_pointee_move(value^)
        self.size += 1

    fn __getitem__(ref self, i: Int) -> ref [self] T:
        return self.data[i]

    fn __del__(owned self):
        for i in range(self.size):
            (self.data + i).destroy_pointee()
        self.data.free()


@value
struct Tag(CollectionElement):
    var id: Int

    fn __del__(owned self):
        print("drop", self.id)


fn main():
    var ints = Buffer[Int](4)
    for i in range(4):
        ints.push(i * i)
    ints[3] += 1
    # CHECK: 0 4 10
    print(ints[0], ints[2], ints[3])
    var tags = Buffer[Tag](2)
    tags.push(Tag(1))
    tags.push(Tag(2))
    # CHECK-NEXT: drop 1
    tags[0] = Tag(5)
    # CHECK-NEXT: 5 2
    print(tags[0].id, tags[1].id)
    # CHECK-NEXT: drop 5
    # CHECK-NEXT: drop 2
