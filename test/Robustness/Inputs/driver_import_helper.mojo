# Imported by driver-import-main.mojo from the same directory.
fn answer() -> Int:
    return 4242
