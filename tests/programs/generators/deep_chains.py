"""Chains of generators deeper than the recursion limit raise RecursionError when a for loop resumes them, as in CPython; shallower chains run."""
def wrap(it):
    for x in it:
        yield x
it = iter([1])
for _ in range(3000):
    it = wrap(it)
try:
    print(list(it))
except RecursionError as e:
    print("RecursionError", e)
it = iter([2])
for _ in range(500):
    it = wrap(it)
print(list(it))
def g(n):
    if n:
        for x in g(n - 1):
            yield x
    else:
        yield 0
print(list(g(500)))
try:
    print(list(g(5000)))
except RecursionError as e:
    print("RecursionError", e)
