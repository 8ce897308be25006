# RUN: %limit %mojoc build -O3 %s -o %t
# RUN: %limit prlimit --as=67108864 -- %t | %FileCheck %s
# Ten million `String`s made and dropped, one at a time, in 64 MiB of
# address space. The program itself maps a few MiB (its code, libc, the
# stack), so what stays resident must be flat: a leak of 16 bytes an
# iteration would need 160 MB (more, counting malloc's headers) and fail an
# allocation long before the end. Each string is a concatenation (two
# buffers made, one dropped mid-expression) and an integer's text, and its
# length feeds the total, so none of it is dead code.


fn main():
    var total = 0
    for i in range(10_000_000):
        var s = String("item ") + str(i)
        total += len(s)
    print(total)


# 5 bytes of "item " and the digits of 0 to 9,999,999.
# CHECK: 118888890
