# A `@parameter for` whose body has an error stops unrolling after the
# first iteration: a million iterations reported the same error a million
# times, which took 825 MB even with the error limit dropping them (found
# by the fuzzer, whose engine keeps every error).
# RUN: %not %limit %mojoc check --error-limit=0 %s 2>&1 | %FileCheck %s --implicit-check-not=error:
# CHECK: :13:13: error: use of undeclared name `undefined_name`

fn main():
    @parameter
    for i in range(1000):
        @parameter
        for j in range(1000):
            undefined_name(i, j)
