# RUN: %mojoc check -verify %s
# Only declarations may appear at module scope.

print("hello")  # expected-error {{statements are not allowed at module scope; put them in a function}}
x = 1  # expected-error {{statements are not allowed at module scope; put them in a function}}
if True:  # expected-error {{statements are not allowed at module scope; put them in a function}}
    pass
for i in range(3):  # expected-error {{statements are not allowed at module scope; put them in a function}}
    pass
pass

fn main():
    pass
