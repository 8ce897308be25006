# The utils package.
