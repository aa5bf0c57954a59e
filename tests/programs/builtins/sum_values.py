"""sum() over ints, floats, big ints, bools, mixed numbers, lists with a
start, generators, and the errors for strings and bytes."""
print(sum([1, 2.5, 10**20, True]), sum([0.1] * 10), sum(range(10**6)))
print(sum([2**62, 2**62, 2**62]), sum([1.5, 2], 3), sum([[1], [2]], []), sum([], 0.0))
print(sum(x * x for x in range(1000)), sum((1j, 2, 0.5)), sum([-0.0, -0.0]), sum([], -0.0))
print(sum([float("inf"), 1]), sum([1e308, 1e308]))
for bad in ("", b"", bytearray()):
    try:
        sum(["a"], bad)
    except TypeError as error:
        print(error)
try:
    sum([1, "a"])
except TypeError as error:
    print(error)
