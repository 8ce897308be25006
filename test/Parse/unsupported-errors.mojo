# RUN: %not %mojoc parse %s 2>&1 | %FileCheck %s --implicit-check-not=error:

fn f() raises:
    # CHECK: {{.*}}unsupported-errors.mojo:5:19: error: `raise ... from` is not supported; raise a single value
    raise Error() from e
    # CHECK: {{.*}}unsupported-errors.mojo:7:5: error: `yield` is not supported; Mojo has no generators
    yield 1
    # CHECK: {{.*}}unsupported-errors.mojo:9:5: error: `async for` is not supported
    async for x in xs:
        pass

# CHECK: {{.*}}unsupported-errors.mojo:13:8: error: aliases with parameters are not supported; bind `_` or `*_` instead
alias F[n: Int] = n * 2
