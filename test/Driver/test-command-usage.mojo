# RUN: %mojoc test --help | %FileCheck --check-prefix=HELP %s
# RUN: %not %mojoc test %S/no-such-dir 2>&1 | %FileCheck --check-prefix=MISSING %s
# RUN: %not %mojoc test --timeout=0 %s 2>&1 | %FileCheck --check-prefix=TIMEOUT %s
# RUN: %mojoc test %s 2>&1 | %FileCheck --check-prefix=ARGS %s

# HELP: USAGE: mojoc test [options] [PATH...]
# HELP: --timeout=N

# MISSING: error: no test file or directory `{{.*}}no-such-dir`
# MISSING: 0 passed, 1 failed

# TIMEOUT: error: `--timeout` needs a positive number of seconds, not `0`

# A `test_` function with arguments cannot be run: a warning, not a failure.
# ARGS: test-command-usage.mojo:[[@LINE+1]]:4: warning: `test_with_argument` takes arguments, so `mojoc test` does not run it
fn test_with_argument(x: Int):
    pass

# ARGS: 0 passed, 0 failed
