# RUN: %mojoc check -verify %s
# A requirement that does not raise is met only by a method that does not
# raise; a `raises` requirement is met by either. This holds for static
# methods and for requirements inherited from a parent trait.

trait Reader:
    fn read(self) -> Int: ...  # expected-note {{`read` is required by `Reader` here}} expected-note {{`read` is required by `Reader` here}}
    @staticmethod
    fn open() -> Int: ...  # expected-note {{`open` is required by `Reader` here}}

trait Checked(Reader):
    fn check(self) raises -> Bool: ...

struct Risky(Reader):
    fn __init__(out self):
        pass
    fn read(self) raises -> Int:  # expected-error {{`Risky` does not conform to `Reader`: its method `read` does not match the requirement}}
        raise Error("no data")
    @staticmethod
    fn open() raises -> Int:  # expected-error {{`Risky` does not conform to `Reader`: its method `open` does not match the requirement}}
        return 0

# The parent's requirement is checked against the child's conformance.
struct Child(Checked):
    fn __init__(out self):
        pass
    fn read(self) raises -> Int:  # expected-error {{`Child` does not conform to `Checked`: its method `read` does not match the requirement}}
        return 1
    @staticmethod
    fn open() -> Int:
        return 0
    fn check(self) raises -> Bool:
        return True

# A method that does not raise meets a `raises` requirement.
struct Safe(Checked):
    fn __init__(out self):
        pass
    fn read(self) -> Int:
        return 1
    @staticmethod
    fn open() -> Int:
        return 0
    fn check(self) -> Bool:
        return True

fn main():
    pass
