"""`utils.write`: `Writer` and `Writable` (defined beside `print` in
`builtin.io`, and in the prelude), and `write_args`, which writes a pack
passed on whole."""

from builtin.io import Writer, Writable
from utils.string_slice import StaticString


fn write_args[
    W: Writer, *Ts: Writable
](
    mut writer: W,
    args: VariadicPack[_, Writable, *Ts],
    *,
    sep: StaticString = "",
    end: StaticString = "",
):
    """Writes each of `args` to `writer`, `sep` between them and `end`
    after, as `print` does: `write_args(out, args, sep=" ")` in a function
    taking `*args: *Ts`."""
    @parameter
    for i in range(args.__len__()):
        if i != 0:
            writer.write_bytes(sep.as_bytes())
        args[i].write_to(writer)
    writer.write_bytes(end.as_bytes())
