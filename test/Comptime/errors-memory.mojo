# RUN: %mojoc check -verify %s
# Memory misused at compile time stops the evaluation with an error at the
# user's expression, saying what went wrong and where: never a crash, and
# never a value read from memory that holds none.

from memory import UnsafePointer


fn use_after_free() -> Int:
    var p = UnsafePointer[Int].alloc(1)
    p[] = 1
    p.free()
    return p[]  # expected-note {{the evaluation stopped here}}


fn double_free() -> Int:
    var p = UnsafePointer[Int].alloc(1)
    p.free()
    p.free()  # expected-note {{in this call of `UnsafePointer[Int, 1].free`}}
    return 0


fn uninitialized() -> Int:
    var p = UnsafePointer[Int].alloc(2)
    p[0] = 1
    var v = p[1]  # expected-note {{the evaluation stopped here}}
    p.free()
    return v


fn out_of_bounds() -> Int:
    var p = UnsafePointer[Int].alloc(2)
    p[2] = 1  # expected-note {{the evaluation stopped here}}
    return 0


fn through_null() -> Int:
    var p = UnsafePointer[Int]()
    return p[]  # expected-note {{the evaluation stopped here}}


fn dangling() -> UnsafePointer[Int]:
    var x = 1
    return UnsafePointer.address_of(x)


fn after_return() -> Int:
    var p = dangling()
    return p[]  # expected-note {{the evaluation stopped here}}


fn made_up() -> Int:
    var bits = __mlir_op.`index.casts`[_type = __mlir_type.i64](Int(12345).value)
    var p = UnsafePointer[Int](
        __mlir_op.`llvm.inttoptr`[_type = __mlir_type.`!llvm.ptr`](bits)  # expected-note {{the evaluation stopped here}}
    )
    return p[]


fn escapes() -> UnsafePointer[Int]:
    return UnsafePointer[Int].alloc(1)


fn frees_inside() -> Int:
    var p = UnsafePointer[Int].alloc(2)
    (p + 1).free()  # expected-note {{in this call of `UnsafePointer[Int, 1].free`}}
    return 0


fn too_much() -> Int:
    var p = UnsafePointer[Int].alloc(1 << 30)  # expected-note {{in this call of `UnsafePointer[Int, 1].alloc`}}
    return 0


alias A = use_after_free()  # expected-error {{cannot evaluate this at compile time: it uses memory after it was freed}}
alias B = double_free()  # expected-error {{cannot evaluate this at compile time: it frees memory that was freed already}} expected-note@* {{the evaluation stopped here}}
alias C = uninitialized()  # expected-error {{cannot evaluate this at compile time: it reads memory that holds no value}}
alias D = out_of_bounds()  # expected-error {{cannot evaluate this at compile time: it reads or writes 8 bytes at offset 16 of an allocation of 16}}
alias E = through_null()  # expected-error {{cannot evaluate this at compile time: it reads or writes memory through a null pointer}}
alias F = after_return()  # expected-error {{cannot evaluate this at compile time: it uses a stack buffer after its function returned}}
alias G = escapes()
alias J = made_up()  # expected-error {{cannot evaluate this at compile time: it turns an integer into a pointer, and the integer is no address it made}}
alias H = frees_inside()  # expected-error {{cannot evaluate this at compile time: it frees an address `alloc` did not return}} expected-note@* {{the evaluation stopped here}}
alias I = too_much()  # expected-error {{cannot evaluate this at compile time: its values grew past 16777216 elements}} expected-note@* {{the evaluation stopped here}}
