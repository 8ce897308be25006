# RUN: %mojoc check -verify %s
# A homogeneous variadic argument with no type is an error at its name,
# as any untyped `fn` argument is (it crashed, found by the fuzzer).

fn total(*values):  # expected-error {{argument `values` of an `fn` needs a type annotation}}
    pass


def untyped(*values):  # expected-error {{not yet implemented: untyped `def` arguments (`object`)}}
    pass


fn main():
    pass
