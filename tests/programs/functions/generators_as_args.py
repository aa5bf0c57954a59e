# Generator expressions as sole arguments, with keyword arguments, and chained iterators.
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()))
print(sorted((c for c in "banana"), reverse=True), "".join(c.upper() for c in "abc"))
print(dict((k, v) for k, v in zip("ab", range(2))), set(n % 3 for n in range(10)) == {0, 1, 2})
print(min((x for x in [5, 3, 8]), default=0), min((x for x in []), default="empty"))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"), list(enumerate(x for x in "xy")))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested), list(nested))
def first(iterable, default=None):
    return next(iter(iterable), default)
print(first(x for x in range(10) if x > 6), first([]), first("", "none"))
