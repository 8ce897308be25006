# RUN: %mojoc check -verify %s
# A dedent must return to an enclosing indentation level; the layout error
# from the lexer is reported by `check`.

fn main():
    if True:
        pass
      pass  # expected-error {{unindent does not match any outer indentation level}}
