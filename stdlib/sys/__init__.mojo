"""Access to the process: `exit`."""


fn exit():
    """Ends the process with status 0, after flushing buffered output."""
    exit(0)


fn exit(code: Int):
    """Ends the process with status `code`, after flushing buffered output."""
    __mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_exit`](code.value)
