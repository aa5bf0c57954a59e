people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la")]
for name, age, city in people:
    print(f"{name:<4}{age:>3} {city}")
by_age = {}
for name, age, _ in people:
    by_age.setdefault(age, []).append(name)
print(by_age, sorted(people, key=lambda p: (p[1], p[0])))
oldest = max(people, key=lambda p: p[1])
(first, *_), last = people[0], people[-1]
print(oldest, first, last)
a, b = 1, 2
a, b = b, a
print(a, b)
point = 3, 4
x, y = point
print(point, x, y, type(point).__name__, len(point), point + (5,), point * 2)
swap = lambda t: t[::-1]
print(swap((1, 2, 3)), tuple(map(swap, [(1, 2), (3, 4)])))
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys, sum(xs), tuple(zip(xs, ys)) == tuple(coords))
print(sorted({(2, "b"), (1, "z"), (1, "a")}), (1, 2) in {(1, 2): "yes"}, hash((1, "a")) == hash((1, "a")))
try:
    x, y = point + (5,)
except ValueError as e:
    print("ValueError", e)
print(divmod(17, 5), [divmod(n, 3) for n in range(4)], tuple(enumerate("ab")))
