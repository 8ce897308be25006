# RUN: %mojoc run %s | FileCheck %s
# Variadic arguments at compile time: the list's buffer is memory of the
# interpreter's, holding the values of a trivial type or the addresses of
# the others (a variable moves into memory for it; an owned rvalue gets a
# slot of its own), so a function taking `*values` runs in an alias as at
# run time.

@value
struct Name:
    var n: Int

    fn __del__(owned self):
        pass


fn total(*values: Int) -> Int:
    var t = 0
    for v in values:
        if v < 0:
            break
        t += v
    return t


fn count_names(*names: Name) -> Int:
    var t = 0
    for i in range(len(names)):
        t += names[i].n
    return t


fn take_last(owned *names: Name) -> Int:
    return names.take(len(names) - 1).n


alias T = total(1, 2, 3, -1, 100)
alias V = SIMD[DType.int32, 4](1, 2, 3, 4)
alias N = count_names(Name(1), Name(20))
alias L = take_last(Name(5), Name(7))


fn main():
    # CHECK: 6 [1, 2, 3, 4] 21 7
    print(T, V, N, L)
    # CHECK-NEXT: 6 [1, 2, 3, 4] 21 7
    print(total(1, 2, 3, -1, 100), SIMD[DType.int32, 4](1, 2, 3, 4), count_names(Name(1), Name(20)), take_last(Name(5), Name(7)))
