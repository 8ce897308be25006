# RUN: %mojoc run %s | %FileCheck %s
# `Bool` and string-literal parameters: combined with `not`/`and`/`or` in
# `@parameter if`, defaulted, passed on to other functions' parameters, and
# concatenated at compile time.

fn mode[verbose: Bool, strict: Bool = False]() -> Int:
    @parameter
    if verbose and strict:
        return 3
    elif verbose or strict:
        return 2
    elif not verbose:
        return 1
    return 0


fn forward[flag: Bool]() -> Int:
    return mode[flag, not flag]() * 10 + mode[flag]()


fn greet[name: StringLiteral, loud: Bool = False]():
    @parameter
    if loud:
        print("HELLO", name)
    else:
        print("hello", name)


fn prefixed[name: StringLiteral]():
    greet["dr " + name, True]()


fn main():
    # CHECK: 1 2 2 3
    print(mode[False](), mode[True](), mode[False, True](), mode[True, True]())
    # CHECK-NEXT: 22 21
    print(forward[True](), forward[False]())
    # CHECK-NEXT: hello ada
    greet["ada"]()
    # CHECK-NEXT: HELLO bob
    greet[loud=True, name="bob"]()
    # CHECK-NEXT: HELLO dr who
    prefixed["who"]()
