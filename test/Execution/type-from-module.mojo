# RUN: %mojoc run -I %S/Inputs %s | %FileCheck %s
# A type named through its module (`shapes_module.Meters`) in annotations.
import shapes_module


fn twice(x: shapes_module.Meters) -> shapes_module.Meters:
    return shapes_module.Meters(2 * x.value)


fn main():
    var y: shapes_module.Meters = twice(shapes_module.Meters(21))
    # CHECK: 42
    print(y.value)
