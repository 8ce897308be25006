# RUN: %mojoc run %s | %FileCheck %s
# Generic functions whose bodies compute compile-time values from their
# parameters (`f[n - 1]`, `alias m = n * 2`, `@parameter if n > 4`): each
# instance gets the values its bindings give, whether its body is
# substituted from the generic tree (which keeps these expressions and
# runs them per instance) or checked from the AST.


# Recursion down to a base case that `@parameter if` picks.
fn fact[n: Int]() -> Int:
    @parameter
    if n <= 1:
        return 1
    else:
        return n * fact[n - 1]()


# An alias computed from a parameter, used as a value and in a type.
fn doubled[n: Int]() -> Int:
    alias m = n * 2
    return m


fn lanes[n: Int]() -> Int:
    alias m = n * 2
    var v = SIMD[DType.int32, m](3)
    var w: SIMD[DType.int32, m] = v + 1
    # The same value, however it is spelled, is the same type.
    var u: SIMD[DType.int32, n * 2] = w
    return Int(u.reduce_add()) * 100 + len(u)


# Nested generic calls, each computing its callee's parameters.
fn leaf[k: Int]() -> Int:
    return k


fn middle[n: Int]() -> Int:
    alias m = n * 2
    return leaf[m + 1]() + leaf[-m]()


fn outer[n: Int]() -> Int:
    return middle[n + 10]() * 1000 + middle[n]()


# Bool parameters, `and`/`or`/`not`, and an `elif` chain.
fn pick[b: Bool, n: Int]() -> Int:
    @parameter
    if b and n > 4:
        return 100
    elif False:
        return -1
    elif not b or n == 3:
        return 50 + n
    else:
        return n


# A later clause known to be taken ends the chain.
fn sign[n: Int]() -> Int:
    @parameter
    if n > 0:
        return 1
    elif n < 0:
        return -1
    elif True:
        return 0
    else:
        return 99


fn flag[n: Int]() -> Bool:
    return check[n % 2 == 0, n > 10]()


fn check[even: Bool, big: Bool]() -> Bool:
    return even and not big


# A value only a called function computes (run by the interpreter).
fn cube(x: Int) -> Int:
    return x * x * x


fn cubed_plus[n: Int]() -> Int:
    alias c = cube(n) + n
    @parameter
    if cube(n) > 20:
        return c
    return -c


# A struct-valued (DType) parameter beside an Int one.
fn width[dt: DType, n: Int]() -> Int:
    alias bits = dt.bitwidth() * n
    @parameter
    if dt.is_floating_point():
        return -bits
    return bits


# Unrolled over a computed count.
fn total[n: Int]() -> Int:
    var s = 0
    @parameter
    for i in range(n * 2):
        s += i
    return s


fn main():
    # CHECK: 1 1 120 3628800
    print(fact[0](), fact[1](), fact[5](), fact[10]())
    # CHECK-NEXT: 42 -6
    print(doubled[21](), doubled[-3]())
    # CHECK-NEXT: 3208 6416
    print(lanes[4](), lanes[8]())
    # CHECK-NEXT: 1001 1 1001
    print(outer[0](), middle[3](), outer[1]())
    # CHECK-NEXT: 100 55 53 1 0
    print(pick[True, 5](), pick[False, 5](), pick[True, 3](), pick[True, 1](),
          pick[True, 0]())
    # CHECK-NEXT: 1 -1 0
    print(sign[7](), sign[-7](), sign[0]())
    # CHECK-NEXT: True False False
    print(flag[4](), flag[5](), flag[12]())
    # CHECK-NEXT: -2 30
    print(cubed_plus[1](), cubed_plus[3]())
    # CHECK-NEXT: 64 -128 16
    print(width[DType.int32, 2](), width[DType.float64, 2](),
          width[DType.int8, 2]())
    # CHECK-NEXT: 0 6 45
    print(total[0](), total[2](), total[5]())
