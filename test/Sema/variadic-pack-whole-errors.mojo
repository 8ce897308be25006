# RUN: %mojoc check -verify %s
# A pack named whole at a call fills only a `VariadicPack` parameter, and
# such a parameter takes only a pack named whole.


fn one(x: Int) -> Int:  # expected-note {{candidate not viable: a pack passed on whole needs a `VariadicPack` parameter}}
    return x


fn takes_pack[*Ts: Writable](args: VariadicPack[_, Writable, *Ts]):  # expected-note {{candidate not viable: too many positional arguments (`args` takes a `*args` pack named whole)}}
    pass


fn forward[*Ts: Writable](*args: *Ts) -> Int:
    return one(args)  # expected-error {{no matching function in call to `one`}}


fn twice[*Ts: Writable](*args: *Ts):
    takes_pack(args, args)  # expected-error {{not yet implemented: passing more than one pack on whole in one call}}


fn main():
    _ = forward(1)
    twice(1)
    takes_pack(1, 2)  # expected-error {{no matching function in call to `takes_pack`}}
