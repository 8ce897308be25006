# RUN: %mojoc run -O0 %s | %FileCheck %s
# RUN: %mojoc build -O0 %s -o %t && %t | %FileCheck %s
# Without the inliner (-O0) the digits buffer must still outlive the write.

fn main():
    # CHECK: 42 -7 9223372036854775807
    print(42, -7, 9223372036854775807)
