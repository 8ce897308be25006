# RUN: %mojoc check -verify %s
# A call of a closure reads what it captures: after a move it is a use of
# a moved value. Keeping such a closure in a variable is not supported yet
# (its later calls would not be seen as reads).


struct Owned:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id

    fn __del__(owned self):
        pass


fn consume(owned o: Owned):
    pass


fn main():
    var a = Owned(1)

    @parameter
    fn show():
        print(a.id)

    consume(a^)  # expected-note {{`a` is moved here}}
    show()  # expected-error {{use of `a` after it was moved}}
    var b = Owned(2)

    @parameter
    fn late():
        print(b.id)

    var g = late  # expected-error {{not yet implemented: keeping a closure that captures values with destructors in a variable}}
    g()
