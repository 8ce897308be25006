"""Compile-time defines given on the command line with `-D NAME=VALUE`.

Each function is answered while the program is compiled: its body is the
constant the compiler folds `__compile_time_query` into
(docs/compiler/builtins.md), so a call costs nothing at run time. A define
that is missing (without a default) or that does not parse is an error at
the call.
"""


@always_inline
fn is_defined[name: StringLiteral]() -> Bool:
    """Whether `-D name` or `-D name=VALUE` was given."""
    return __compile_time_query["define.is_defined", name]()


@always_inline
fn env_get_int[name: StringLiteral]() -> Int:
    """The integer `-D name=VALUE` defines; an error if there is none."""
    return __compile_time_query["define.int", name]()


@always_inline
fn env_get_int[name: StringLiteral, default: Int]() -> Int:
    """The integer `-D name=VALUE` defines, or `default`."""
    return __compile_time_query["define.int", name, default]()


@always_inline
fn env_get_bool[name: StringLiteral]() -> Bool:
    """The Boolean `-D name=True` or `-D name=False` defines; an error if
    there is none."""
    return __compile_time_query["define.bool", name]()


@always_inline
fn env_get_bool[name: StringLiteral, default: Bool]() -> Bool:
    """The Boolean `-D name=True` or `-D name=False` defines, or
    `default`."""
    return __compile_time_query["define.bool", name, default]()


@always_inline
fn env_get_string[name: StringLiteral]() -> StringLiteral:
    """The text `-D name=VALUE` defines; an error if there is none."""
    return __compile_time_query["define.string", name]()


@always_inline
fn env_get_string[name: StringLiteral, default: StringLiteral]() -> StringLiteral:
    """The text `-D name=VALUE` defines, or `default`."""
    return __compile_time_query["define.string", name, default]()
