# Native code that collects a whole generator (list, tuple, sorted, str.join,
# set, dict, ...): values, errors, yield from, re-entry, finally, recursion.
def g(n):
    for i in range(n):
        yield i * i
print(list(g(5)), tuple(g(3)), sorted(g(4), reverse=True))
print("-".join(str(x) for x in range(5)))
it = g(6)
print(next(it), next(it), list(it), list(it))
def bad():
    yield 1
    yield 2
    raise KeyError("boom")
try:
    list(bad())
except KeyError as e:
    print("KeyError", e)
def sent():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
print(list(sent()))
def delegating():
    r = yield from g(3)
    yield "after"
print(list(delegating()))
def self_ref():
    yield list(me)
me = self_ref()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)
def nested():
    yield list(x for x in range(3))
    yield tuple(str(y) for y in range(2))
print(list(nested()))
def catches():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
print(list(catches()))
def early():
    yield 1
    return 5
print(list(early()))
import sys
def deep(n):
    if n:
        yield list(deep(n - 1))
    else:
        yield 0
try:
    print(len(list(deep(2000))))
except RecursionError as e:
    print("RecursionError")
print(set(x % 3 for x in range(10)), frozenset(g(3)), dict((x, x) for x in range(3)))
print(sum(x for x in range(10)), max(g(4)), " ".join(map(str, g(3))))
