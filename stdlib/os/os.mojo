"""Ending the process abnormally: `abort`.

Mojo 24.6 declares `abort[result: AnyType = NoneType]() -> result`; a type
parameter cannot default to `NoneType` here yet, so the call without a
result type is an overload of its own. Calls read the same either way:
`abort()`, `abort("why")`, `return abort[Int]()`.
"""


@no_inline
fn abort():
    """Ends the process at once with SIGABRT, after flushing buffered
    output."""
    __mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_trap`]()


@always_inline
fn abort[result: AnyType]() -> result:
    """`abort()` where a value of type `result` is expected; it never
    returns."""
    abort()
    # Never reached: the process is gone. A function must still return.
    return __get_address_as_owned_value[result](
        __mlir_op.`llvm.mlir.zero`[_type = __mlir_type.`!llvm.ptr`]()
    )


@no_inline
fn abort[W: Writable](message: W):
    """Writes `ABORT: <message>` to standard error, then ends the process
    like `abort()`."""
    var err = FileDescriptor(2)
    err.write("ABORT: ", message, "\n")
    abort()


@always_inline
fn abort[W: Writable, //, result: AnyType](message: W) -> result:
    """`abort(message)` where a value of type `result` is expected; it
    never returns."""
    abort(message)
    return abort[result]()
