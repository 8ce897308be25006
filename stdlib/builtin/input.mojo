"""`input`: a line read from standard input."""


fn input(prompt: String = "") raises -> String:
    """Writes `prompt`, then reads one line from standard input and returns
    it without its newline; raises at the end of the input."""
    if prompt:
        print(prompt, end="", flush=True)
    var line = String()
    var got_any = False
    while True:
        var c = Int(__mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_read_byte`, _type = __mlir_type.index]())
        if c < 0:
            break
        got_any = True
        if c == 10:
            return line^
        line._append_byte(UInt8(c))
    if not got_any:
        raise "EOF"
    return line^
