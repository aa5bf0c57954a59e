"""for loops that resume generators: yields, returns, errors through the loop,
PEP 479, the exception being handled, re-entry, deep nesting; an uncaught
error raised inside nested generators ends the program with its traceback."""
import sys
def gen(n):
    for i in range(n):
        yield i
    return 5
def bad():
    yield 1
    raise StopIteration
def err():
    yield 1
    raise ValueError("boom")
for x in gen(3): print(x)
try:
    for x in bad(): print(x)
except RuntimeError as e: print("RT", e, type(e.__cause__))
try:
    for x in err(): print(x)
except ValueError as e:
    print("VE", e)
    tb = e.__traceback__
    while tb: print("line", tb.tb_lineno); tb = tb.tb_next
def handled():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    for v in handled():
        print(v, sys.exc_info()[0])
print(sys.exc_info()[0])
g = gen(2)
for x in g:
    for y in g: print("in", x, y)
def selfref():
    yield 1
    for x in me: print(x)
me = selfref()
try:
    for x in me: print(x)
except ValueError as e: print(e)
def nested(d):
    if d == 0:
        yield 0; return
    for x in nested(d-1): yield x + 1
print(list(nested(50)), sum(x for x in nested(10)))
for x in nested(900): pass
print(x)
def inner():
    yield 1
    {}["missing"]
def outer():
    for x in inner():
        yield x
for x in outer():
    print("got", x)
