"""Compile-time assertions."""


@always_inline
fn constrained[cond: Bool, msg: StringLiteral = "param assertion failed"]():
    """Fails the compilation with `msg` where it is called when `cond` is
    False. The compiler checks it as it binds the parameters
    (Sema::checkConstraint); nothing is left to run."""
    pass
