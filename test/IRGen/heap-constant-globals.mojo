# RUN: %mojoc build -O0 --emit=mlir %s -o - | %FileCheck %s
# The memory a compile-time constant points to becomes private, writable
# globals: one per block, its bytes in the target's order, and each
# stored address the address of another block's global. Blocks are
# interned: rows 0 and 2, equal, are one global.

from memory import UnsafePointer


fn table() -> UnsafePointer[UnsafePointer[Int]]:
    var rows = UnsafePointer[UnsafePointer[Int]].alloc(3)
    for r in range(3):
        var row = UnsafePointer[Int].alloc(2)
        row[0] = r % 2
        row[1] = 7
        rows[r] = row
    return rows


alias TABLE = table()

# CHECK-DAG: llvm.mlir.global private @[[ROW0:__constant[0-9]+]]("\00\00\00\00\00\00\00\00\07\00\00\00\00\00\00\00") {addr_space = 0 : i32, alignment = 64 : i64}
# CHECK-DAG: llvm.mlir.global private @[[ROW1:__constant[0-9]+]]("\01\00\00\00\00\00\00\00\07\00\00\00\00\00\00\00") {addr_space = 0 : i32, alignment = 64 : i64}
# CHECK: llvm.mlir.global private @[[ROWS:__constant[0-9]+]]() {addr_space = 0 : i32, alignment = 64 : i64} : !llvm.struct<packed (ptr, ptr, ptr)>
# CHECK: llvm.mlir.addressof @[[ROW0]] : !llvm.ptr
# CHECK: llvm.mlir.addressof @[[ROW1]] : !llvm.ptr
# CHECK: llvm.mlir.addressof @[[ROW0]] : !llvm.ptr
# CHECK: llvm.return
# CHECK: llvm.mlir.addressof @[[ROWS]] : !llvm.ptr


fn main():
    print(TABLE[1][0], TABLE[2][0])
