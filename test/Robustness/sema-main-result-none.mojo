# RUN: %mojoc run %s | %FileCheck %s
# `-> None` is the same as no result type, and `main` may say it.

fn main() -> None:
    # CHECK: ok
    print("ok")
