# `-D` takes NAME=VALUE or NAME, attached or as the next argument, and
# `build`, `run` and `check` list it in their help.
# RUN: %mojoc run -DGREETING=hi -D QUIET %s | %FileCheck %s
# RUN: %mojoc run %s -D | %FileCheck %s --check-prefix=PROGRAM-ARG
# RUN: %not %mojoc run -D 2>&1 | %FileCheck %s --check-prefix=NO-VALUE
# RUN: %not %mojoc check -D =5 %s 2>&1 | %FileCheck %s --check-prefix=NO-NAME
# RUN: %mojoc build --help | %FileCheck %s --check-prefix=HELP
# RUN: %mojoc run --help | %FileCheck %s --check-prefix=HELP
# RUN: %mojoc check --help | %FileCheck %s --check-prefix=HELP

# NO-VALUE: option `-D` needs a value
# NO-NAME: `-D =5` has no name; write `-D NAME=VALUE` or `-D NAME`
# HELP: -D NAME[=VALUE]{{ +}}define NAME for `sys.param_env`

from sys import env_get_string, is_defined


fn main():
    # CHECK: hi True
    # After the file, `-D` is the program's argument: nothing is defined.
    # PROGRAM-ARG: none False
    print(env_get_string["GREETING", "none"](), is_defined["QUIET"]())
