# RUN: %mojoc check -verify %s
# A function that does not raise may call a raising one only inside a `try`
# body whose `except` catches the error. An `except`, `else` or `finally`
# block is not covered by its own `try`.


fn may_fail() raises -> Int:  # expected-note {{`may_fail` is declared here; it is marked `raises`}} expected-note {{`may_fail` is declared here; it is marked `raises`}} expected-note {{`may_fail` is declared here; it is marked `raises`}} expected-note {{`may_fail` is declared here; it is marked `raises`}}
    return 1


def helper():  # expected-note {{`helper` is declared here; a `def` always may raise}}
    pass


fn uncovered():
    var x = may_fail()  # expected-error {{call to a raising function `may_fail` in a function that does not raise; mark it `raises` or handle the error with `try`}}
    helper()  # expected-error {{call to a raising function `helper` in a function that does not raise; mark it `raises` or handle the error with `try`}}
    print(x)


fn in_handler():
    try:
        _ = may_fail()
    except:
        _ = may_fail()  # expected-error {{call to a raising function `may_fail` in a function that does not raise; mark it `raises` or handle the error with `try`}}
    else:
        _ = may_fail()  # expected-error {{call to a raising function `may_fail` in a function that does not raise; mark it `raises` or handle the error with `try`}}


fn finally_only():
    try:
        _ = may_fail()  # expected-error {{call to a raising function `may_fail` in a function that does not raise; mark it `raises` or handle the error with `try`}}
    finally:
        pass


fn covered() raises:
    _ = may_fail()
    helper()


fn main():
    pass
