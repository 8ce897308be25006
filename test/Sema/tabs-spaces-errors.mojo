# RUN: %mojoc check -verify %s
# Mixing tabs and spaces so that indentation is ambiguous is an error.

fn main():
	var x = 1
        var y = 2  # expected-error {{inconsistent use of tabs and spaces in indentation}}
