# RUN: %mojoc run %s | %FileCheck --check-prefix=SAFE %s
# RUN: %mojoc run -D ASSERT=none %s | %FileCheck --check-prefix=NONE %s
# RUN: %not --crash %mojoc run -D ASSERT=all %s > %t.out 2> %t.err
# RUN: %FileCheck --check-prefix=ALL %s < %t.out
# RUN: %FileCheck --check-prefix=ALL-ERR %s < %t.err
# RUN: %mojoc run -D ASSERT=warn %s 2>&1 > /dev/null | %FileCheck --check-prefix=WARN %s
# `debug_assert` is checked per `-D ASSERT` (default `safe`: only those
# declared `assert_mode="safe"`). A failure names the call's place.


fn positive() -> Bool:
    return False


fn main():
    var x = 0
    # SAFE: safe passes
    debug_assert[assert_mode="safe"](x == 0, "never shown")
    print("safe passes")
    # Off unless ASSERT=all or warn.
    debug_assert(x > 0, "x must be positive, got ", x)
    # SAFE-NEXT: plain assertion skipped
    # NONE: plain assertion skipped
    # ALL-NOT: skipped
    # ALL-ERR: At {{.*}}debug-assert.mojo:[[@LINE-4]]:5: Assert Error: x must be positive, got 0
    # WARN: At {{.*}}debug-assert.mojo:[[@LINE-5]]:5: Assert Warning: x must be positive, got 0
    print("plain assertion skipped")

    @parameter
    fn check() -> Bool:
        return x == 1

    debug_assert[check]("closure form")
    # WARN: At {{.*}}debug-assert.mojo:[[@LINE-1]]:5: Assert Warning: closure form
    # SAFE-NEXT: end
    print("end")
