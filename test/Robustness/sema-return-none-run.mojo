# RUN: %mojoc run %s | %FileCheck %s
# `return None`, and returning the `None` value of a call, leave a function
# returning `None`; the call is still made.

fn say(text: StringLiteral):
    print(text)

fn early(flag: Bool) -> None:
    if flag:
        return None
    print("not early")

fn forwards():
    return say("forwarded")

fn main():
    # CHECK: not early
    early(False)
    early(True)
    # CHECK-NEXT: forwarded
    forwards()
    # CHECK-NEXT: done
    print("done")
    return None
