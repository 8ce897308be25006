# RUN: %mojoc run %s | %FileCheck %s
# `_SourceLocation` converts to a String and prefixes a message, as the
# `testing` module's failures do.
from builtin._location import __call_location, __source_location, _SourceLocation


fn fail_here(msg: String) -> String:
    return __call_location().prefix(msg)


fn main():
    # CHECK: At {{.*}}source-location-prefix.mojo:[[@LINE+1]]:11: AssertionError: boom
    print(fail_here("AssertionError: boom"))
    var loc = __source_location()
    # CHECK-NEXT: source-location-prefix.mojo:[[@LINE-1]]:15
    print(str(loc))
