# RUN: %mojoc check -verify %s
# A method meets a requirement only with the same argument conventions
# (`self`, `mut`, `owned`) and the same keyword-only arguments.

trait Counter:
    fn get(self) -> Int: ...  # expected-note {{`get` is required by `Counter` here}}
    fn bump(mut self, by: Int): ...  # expected-note {{`bump` is required by `Counter` here}}
    fn add_to(self, mut total: Int): ...  # expected-note {{`add_to` is required by `Counter` here}}
    fn consume(self, owned other: Self): ...  # expected-note {{`consume` is required by `Counter` here}}
    fn step(self, *, by: Int) -> Int: ...  # expected-note {{`step` is required by `Counter` here}}

@value
struct Ticks(Counter):
    var n: Int

    # `mut self` where a read-only `self` is required.
    fn get(mut self) -> Int:  # expected-error {{`Ticks` does not conform to `Counter`: its method `get` does not match the requirement}}
        return self.n

    # A read-only `self` cannot stand for `mut self`.
    fn bump(self, by: Int):  # expected-error {{`Ticks` does not conform to `Counter`: its method `bump` does not match the requirement}}
        pass

    # The caller's variable is not changed through a read-only argument.
    fn add_to(self, total: Int):  # expected-error {{`Ticks` does not conform to `Counter`: its method `add_to` does not match the requirement}}
        pass

    # `mut` is not `owned`.
    fn consume(self, mut other: Self):  # expected-error {{`Ticks` does not conform to `Counter`: its method `consume` does not match the requirement}}
        pass

    # A positional argument is not keyword-only.
    fn step(self, by: Int) -> Int:  # expected-error {{`Ticks` does not conform to `Counter`: its method `step` does not match the requirement}}
        return self.n + by

# The same conventions meet the requirements.
@value
struct Good(Counter):
    var n: Int
    fn get(self) -> Int:
        return self.n
    fn bump(mut self, by: Int):
        self.n += by
    fn add_to(self, mut total: Int):
        total += self.n
    fn consume(self, owned other: Self):
        pass
    fn step(self, *, by: Int) -> Int:
        return self.n + by

fn main():
    pass
