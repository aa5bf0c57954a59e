# abs, divmod, pow, round, sum, min, max, bin/oct/hex, int/float conversions.
print(abs(-5), abs(3.5), abs(-0.0), abs(True), sum([1, 2, 3]), sum([1.5, 2]), sum([[1], [2]], []), sum(range(5), 10))
print(min(3, 1, 2), max("apple", "pear", key=len), min([], default="empty"), max([1, 5, 3]), min((4, 2), (4, 1)))
print(max([1, 2], [1, 3]), min("b", "a", "c"), max(range(4), key=lambda x: -x), min([3, 1, 2], key=None))
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-1), hex(0), bin(0))
for call in [lambda: min([]), lambda: max(), lambda: sum(["a"]), lambda: sum([1], "s"), lambda: max(1), lambda: hex(1.5), lambda: abs("x")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
