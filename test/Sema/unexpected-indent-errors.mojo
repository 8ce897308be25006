# RUN: %mojoc check -verify %s
# The first statement of a file starts in column 1.
  # expected-error@+1 {{unexpected indentation; the first statement of a file starts in column 1}}
  fn main():
    pass
