# With `--diagnostics-format=json` every error is JSON: a missing file, a bad
# command line, wherever the option appears. `run` prints its diagnostics on
# standard error, so that standard output is the program's alone.
# RUN: %not %mojoc check --diagnostics-format=json %s.missing | %FileCheck %s --check-prefix=MISSING
# RUN: %not %mojoc check %s --bogus --diagnostics-format=json | %FileCheck %s --check-prefix=OPTION
# RUN: %not %mojoc frob --diagnostics-format=json | %FileCheck %s --check-prefix=COMMAND
# RUN: %not %mojoc build --diagnostics-format=json | %FileCheck %s --check-prefix=NOINPUT
# RUN: %mojoc run --diagnostics-format=json %s 2> %t.err | %FileCheck %s --check-prefix=STDOUT
# RUN: %FileCheck %s --check-prefix=STDERR < %t.err

# MISSING: "id": "err_cannot_open_file"
# MISSING: "message": "cannot open `{{.*}}.missing`: no such file or directory"
# OPTION: "id": "err_unknown_option"
# COMMAND: "id": "err_unknown_command"
# NOINPUT: "id": "err_no_input_file"
# STDOUT: {{^}}program output{{$}}
# STDOUT-NOT: {{.}}
# STDERR: []

fn main():
    print("program output")
