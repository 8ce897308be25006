"""A memory-only struct passed by `read` through a hot loop.

`Params` is not `@register_passable`, so it lives in memory and a `read`
argument is its address: the loop passes one pointer per call and copies
nothing (the IR has no `__copyinit__` call and no per-call slot). `apply`
is `@no_inline` so that the call, and how its argument travels, stays in
the measured code; the C peer passes a `const struct Params *` to a
`noinline` function. Values stay non-negative, so `%` means the same in
every peer.
"""


@value
struct Params:
    var scale: Int
    var offset: Int
    var modulus: Int
    var bias: Int


@no_inline
fn apply(p: Params, x: Int) -> Int:
    return (x * p.scale + p.offset) % p.modulus + p.bias


fn kernel(n: Int) -> Int:
    var p = Params(3, 7, 1000003, 1)
    var total = 0
    for i in range(n):
        total += apply(p, i)
    return total


fn main():
    print(kernel(50000000))
