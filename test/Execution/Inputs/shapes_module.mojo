# Imported by type-from-module.mojo: a type named through its module.
@value
struct Meters:
    var value: Int
