# RUN: %mojoc check -verify %s
# Unknown escapes, string prefixes other than `r`, and an unterminated
# string (last, since the open `(` before it swallows the rest of the file).

fn b():
    print("bad \q escape")  # expected-error {{invalid escape sequence `\q`}}

fn c():
    print(b"bytes")  # expected-error {{string prefix `b` is not supported; only `r` (raw) is allowed}}

fn d():
    print(f"format")  # expected-error {{string prefix `f` is not supported}}

fn e():
    print(r"raw \q is fine")

fn a():
    print("abc)  # expected-error {{unterminated string literal}}
