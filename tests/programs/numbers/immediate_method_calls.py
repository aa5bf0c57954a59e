# Methods called on small ints, floats and bools in a loop, so that the
# loop's method cache is used, including methods bools inherit from int
# and dunders called by name.
def calls(values):
    out = []
    for value in values:
        out.append(value.__class__.__name__)
        out.append(value.__repr__())
        out.append(value.__add__(1))
        out.append(value.conjugate())
        if isinstance(value, int):
            out.append(value.bit_length())
            out.append(value.to_bytes(8, "big", signed=True))
        else:
            out.append(value.is_integer())
            out.append(value.hex())
    return out


print(calls([0, 5, -3, 2**40, True, False, 1.5, -0.0, 2.0]))
print(calls([7, True, 7.25]))

for value in [3, 3.5, True]:
    try:
        value.no_such_method()
    except AttributeError as error:
        print(error)
    try:
        value.bit_length(1)
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
