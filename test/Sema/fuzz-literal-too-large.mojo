# RUN: %not %mojoc check %s 2>&1 | %FileCheck %s
# Found by the fuzzer: an implicit declaration whose value does not fit in
# `Int` crashed the checker after reporting it.

fn main():
    # CHECK: error: integer value `9878867878878867878` does not fit in `Int`
    x = 9878867878878867878
    # CHECK: error: integer value `99999999999999999999` does not fit in `Int`
    y = z = 99999999999999999999
    # CHECK: error: integer value `99999999999999999999` does not fit in `Int`
    var t = 99999999999999999999 if True else 1
    # CHECK: error: integer value `99999999999999999999` does not fit in `Int`
    # CHECK-NOT: error
    print(99999999999999999999 < 1 < 2)
