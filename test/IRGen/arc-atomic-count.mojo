# RUN: %mojoc build --emit=llvm -O1 %s -o - | %FileCheck %s
# `ArcPointer` counts its owners with atomic instructions
# (`os.atomic.Atomic`): a copy adds one, an owner's end takes one away.

from memory import ArcPointer


@no_inline
fn share(p: ArcPointer[Int]) -> Int:
    var q = p
    return q[]


fn main():
    var p = ArcPointer[Int](5)
    print(share(p))

# CHECK-LABEL: define {{.*}}share
# CHECK: atomicrmw add ptr {{.*}}, i64 1 seq_cst
# CHECK: atomicrmw sub ptr {{.*}}, i64 1 seq_cst
