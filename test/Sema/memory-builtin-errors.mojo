# RUN: %mojoc check -verify %s
# The memory builtins each take one type parameter and, but for the layout
# queries, an address; memory that holds no value yet can only be assigned.


fn main():
    var p = __mlir_op.`llvm.mlir.zero`[_type = __mlir_type.`!llvm.ptr`]()
    var n = 3
    _ = __get_address_as_lvalue[Int](n)  # expected-error {{`__get_address_as_lvalue` needs an address (`!llvm.ptr`), not a value of type `Int`}}
    _ = __get_address_as_lvalue(p)  # expected-error {{`__get_address_as_lvalue` takes one type parameter and one address}}
    _ = __sizeof[Int](p)  # expected-error {{`__sizeof` takes one type parameter and no arguments}}
    _ = __sizeof[3]()  # expected-error {{`__sizeof` takes a type as its parameter}}
    var x = __get_address_as_uninit_lvalue[Int](p)  # expected-error {{`__get_address_as_uninit_lvalue` designates memory that holds no value yet: it can only be assigned}}
    _ = __get_lvalue_as_address(n + 1)  # expected-error {{`__get_lvalue_as_address` takes a variable, a field or a reference}}
    _ = __get_lvalue_as_address[Int](n)  # expected-error {{`__get_lvalue_as_address` takes one variable, field or reference, and no parameters}}
    _ = __sizeof()  # expected-error {{`__sizeof` takes one type parameter and no arguments}}
    _ = __stack_allocation[Int, 3]()  # expected-error {{`__stack_allocation` takes a type, a count and an alignment as parameters, and no arguments}}
    _ = __stack_allocation[Int, 1 << 40, 8]()  # expected-error {{a stack allocation of 1099511627776 values aligned to 8 bytes: the count must be 0 to 16777216 and the alignment a power of two}}
    _ = __stack_allocation[Int, 4, 3]()  # expected-error {{a stack allocation of 4 values aligned to 3 bytes}}
