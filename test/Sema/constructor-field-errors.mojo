# RUN: %mojoc check -verify %s
# A constructor must initialize every field before `self` is used as a whole
# and before it returns; fields are tracked one by one.

struct S:
    var x: Int
    var y: Int

    fn __init__(out self):  # expected-error {{`self.y` is not initialized when `__init__` returns}}
        self.x = 1

    fn __init__(out self, a: Int):
        print(self.y)  # expected-error {{use of uninitialized variable `self.y`}}
        self.y = a
        self.x = self.y

    fn __init__(out self, a: Int, b: Int):
        self.x = a
        self.show()  # expected-error {{`self` is used before all its fields are initialized (`self.y` is not)}}
        self.y = b

    fn __init__(out self, a: Int, b: Int, c: Int):
        if a > 0:
            self.x = a
            self.y = b
        else:
            self = S(c)

    fn show(self):
        pass
