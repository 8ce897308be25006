# RUN: printf 'bob\nalice' | %mojoc run %s | %FileCheck %s
# `input` writes its prompt, reads a line without its newline (the last
# may lack one) and raises at the end of the input.

fn main() raises:
    var name = input("name? ")
    # CHECK: name? hi bob
    print("hi", name)
    # CHECK-NEXT: [alice]
    print("[" + input() + "]")
    try:
        _ = input()
    except e:
        # CHECK-NEXT: end of input: EOF
        print("end of input:", e)
