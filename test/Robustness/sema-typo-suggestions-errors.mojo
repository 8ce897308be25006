# RUN: %mojoc check -verify %s
# A misspelled name, member, keyword argument, type or decorator gets a
# "did you mean" suggestion: the closest known name by edit distance, a
# difference of case alone counting as none.

import sys

@always_inlined  # expected-error {{custom decorators are not supported: `@always_inlined`; did you mean `@always_inline`?}}
fn helper() -> Int:
    return 1

@value
struct Point:
    var width: Int
    var height: Int

    fn norm(self) -> Int:
        return self.width + self.height

fn main():
    var count = 1
    print(countr)  # expected-error {{use of undeclared name `countr`; did you mean `count`?}}
    var a: int = 1  # expected-error {{`int` is not a type}}
    var b = true  # expected-error {{use of undeclared name `true`; did you mean `True`?}}
    print(1, 2, seperator=",")  # expected-error {{no matching function in call to `print`}} expected-note@* {{no parameter named `seperator`; did you mean `sep`?}}
    var p = Point(1, 2)
    print(p.nrom())  # expected-error {{`Point` has no member named `nrom`; did you mean `norm`?}}
    print(p.widht)  # expected-error {{`Point` has no member named `widht`; did you mean `width`?}}
    var q: Piont = p  # expected-error {{use of undeclared name `Piont`; did you mean `Point`?}}
    sys.exitt(0)  # expected-error {{`sys` has no member named `exitt`; did you mean `exit`?}}
    prnt(q.width)  # expected-error {{use of undeclared name `prnt`; did you mean `print`?}}
