# RUN: %mojoc run %s | %FileCheck %s
# A bare `raise` in an `except` re-raises the error it caught, even after
# the handler caught and handled another error of its own.


fn fail(message: StringLiteral) raises:
    raise message


fn main():
    try:
        try:
            fail("original")
        except:
            try:
                fail("another")
            except e:
                print("handled", e)
            raise
    except e:
        print("outer got", e)
    # CHECK: handled another
    # CHECK-NEXT: outer got original
