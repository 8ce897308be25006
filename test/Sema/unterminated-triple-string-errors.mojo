# RUN: %mojoc check -verify %s
# A triple-quoted string that never closes runs to the end of the file, so
# the expectation is written on the line before it.

fn main():
    # expected-error@+1 {{unterminated triple-quoted string literal; it needs a closing}}
    print("""never closed)
    pass
