# A `for` loop over a generator suspended in `yield from` a list, a tuple
# or a range takes the items straight from that iterator: everything a
# program can see must be as if the generator had been resumed.
import sys


def plain(source):
    yield "start"
    result = yield from source
    yield ("after", result)


print(list(plain([1, 2, 3])))
print([x for x in plain((4, 5))])
print([x for x in plain(range(3))])
print([x for x in plain(iter([7, 8]))])
print([x for x in plain("ab")])
print([x for x in plain({"k": 1, "j": 2})])

# Items appended to the list while it is being delegated to are seen.
items = [1, 2]
for x in plain(items):
    print("got", x)
    if x == 1:
        items.append(3)
    if x == 3:
        items.append(4)


# The generator's state while its loop takes items from the sub-iterator.
def watched(source):
    yield from source


g = watched([10, 20, 30])
for x in g:
    frame = g.gi_frame
    print(x, g.gi_running, frame.f_lineno, frame.f_lasti == g.gi_frame.f_lasti,
          type(g.gi_yieldfrom).__name__)
print(g.gi_frame, g.gi_yieldfrom)


# A chain of generators, each in `yield from`, over a list at the end.
def chain(depth, source):
    if depth == 0:
        yield from source
    else:
        yield ("enter", depth)
        got = yield from chain(depth - 1, source)
        yield ("leave", depth, got)
    return depth


print(list(chain(3, [1, 2])))
total = 0
for x in chain(5, range(100)):
    if isinstance(x, int):
        total += x
print(total)


# next() and send() mixed with a for loop over the same generator.
g = plain([1, 2, 3, 4, 5])
print(next(g), next(g))
for x in g:
    print("loop", x)
    if x == 3:
        print("sent", g.send(None))
        break
print("rest", list(g))


# A loop body that raises, then the loop goes on over the same generator.
g = plain([1, 2, 3])
for attempt in range(3):
    try:
        for x in g:
            if x == 2:
                raise ValueError(x)
            print("item", x)
    except ValueError as error:
        print("caught", error)


# throw() and close() between delegated items.
def guarded(source):
    try:
        yield from source
    except KeyError as error:
        yield ("handled", error.args)
    finally:
        print("finally")


g = guarded([1, 2, 3])
for x in g:
    print("guarded", x)
    if x == 2:
        print(g.throw(KeyError("k")))
g = guarded(range(5))
for x in g:
    if x == 1:
        g.close()
        print("closed", g.gi_frame)


# The same generator iterated by two nested loops.
g = plain(range(6))
for a in g:
    for b in g:
        print(a, b)
        if isinstance(b, int) and b % 2:
            break


# A generator that iterates itself while delegating.
def selfish(source):
    yield from source


g = selfish([1])
def reenter():
    for x in g:
        for y in g:
            print("inner", y)
        print("outer", x)
reenter()
print("exhausted", list(g))


def delegating_self():
    yield 1
    yield from me


me = delegating_self()
try:
    for x in me:
        print("self", x)
except ValueError as error:
    print(type(error).__name__, error)


# At the recursion limit, resuming raises RecursionError as CPython does.
def probe(g):
    try:
        return probe(g)
    except RecursionError:
        try:
            for x in g:
                return ("item", x)
        except RecursionError:
            return ("RecursionError", g.gi_frame is None)


# The error is raised in the generator's frame, which it ends: the loops
# of the callers find it exhausted.
for source in (range(5), None):
    g = plain(source)
    next(g)
    if source is not None:
        next(g)
    print(probe(g), g.gi_frame, list(g))


# StopIteration and the return value at the end of the delegation.
def returning(source):
    value = yield from source
    return value


try:
    g = returning([1])
    for x in g:
        print("r", x)
    next(g)
except StopIteration as stop:
    print("stop", stop.value)


def inner():
    yield 1
    return "done"


def outer():
    result = yield from inner()
    yield result
    yield from [result] * 2


print(list(outer()))
