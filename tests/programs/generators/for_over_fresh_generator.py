"""A `for` loop over a generator made right where the loop starts
(`for x in g(…)`): every way the loop and the generator can end, and what
the generator sees of itself while the loop runs it."""

import gc
import sys
import traceback


def count_up(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step
    return "exhausted"


def empty():
    return "nothing"
    yield


for value in count_up(5):
    print("count", value)
else:
    print("loop ended")

for value in count_up(6, 2):
    print("step", value)

for value in empty():
    print("never")
else:
    print("empty generator ended the loop at once")


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            for item in child.walk(depth + 1):
                yield item


tree = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
for depth, value in tree.walk():
    print("  " * depth + value)


def closes_on_exit(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("generator closed")


log = []
for value in closes_on_exit(log):
    if value == 2:
        break
gc.collect()
print("after break:", log)


def fails_midway(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"failed at {i}")
        yield i


try:
    for value in fails_midway(5):
        print("got", value)
except ValueError as error:
    print("caught", repr(error))
    for entry in traceback.extract_tb(error.__traceback__):
        print(" ", entry.name, entry.lineno, entry.line)


def stop_inside():
    yield 1
    raise StopIteration("inside")


try:
    for value in stop_inside():
        print("before PEP 479", value)
except RuntimeError as error:
    print(repr(error), repr(error.__cause__))


def looks_at_itself(holder):
    me = holder[0]
    yield me.gi_running, me.gi_frame is not None
    yield sys._getframe(1).f_code.co_name


def make_looker():
    holder = []
    looker = looks_at_itself(holder)
    holder.append(looker)
    return looker


def runs_looker():
    holder = []
    for seen in looks_at_itself(holder):
        print("seen", seen)


try:
    runs_looker()
except IndexError as error:
    print("the generator had no holder yet:", repr(error))

for seen in make_looker():
    print("looker", seen)


def outer_scope(base):
    def numbers(n):
        for i in range(n):
            yield base + i

    return [x for x in numbers(3)], [x for x in (y * 2 for y in numbers(2))]


print(outer_scope(100))


def exc_info_inside():
    yield repr(sys.exc_info()[1])


try:
    raise KeyError("handled")
except KeyError:
    for info in exc_info_inside():
        print("inside the generator:", info)


def wrong_arguments(a, b):
    yield a + b


try:
    for value in wrong_arguments(1):
        pass
except TypeError as error:
    print(error)


def deep(n):
    if n:
        for value in deep(n - 1):
            yield value
    else:
        yield "bottom"


for value in deep(30):
    print(value)
sys.setrecursionlimit(60)
try:
    for value in deep(100):
        print(value)
except RecursionError as error:
    print("RecursionError:", error)
