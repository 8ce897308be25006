# RUN: %mojoc check -verify %s
# Valid Mojo statements that mojoc does not support yet.

fn a():
    try:  # expected-error {{not yet implemented: errors (`raise`, `try`)}}
        pass
    except:
        pass

fn b() raises:
    raise "boom"  # expected-error {{not yet implemented: errors (`raise`, `try`)}}

fn c():
    with manager:  # expected-error {{not yet implemented: `with` statements}}
        pass

fn d():
    @parameter
    if "a" == "a":  # expected-error {{not yet implemented: this compile-time comparison}}
        pass
