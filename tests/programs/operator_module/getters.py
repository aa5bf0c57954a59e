# attrgetter, itemgetter and methodcaller: what they fetch or call, their
# reprs, their pickling recipe and their errors.
import operator as op
from operator import attrgetter, itemgetter, methodcaller


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age

    def greet(self, greeting="Hello", punct="!"):
        return f"{greeting}, {self.name.first}{punct}"


people = [Person("Ada", "Lovelace", 36), Person("Alan", "Turing", 41), Person("Grace", "Hopper", 85)]

# attrgetter
by_age = attrgetter("age")
print(by_age, [by_age(p) for p in people])
full = attrgetter("name.first", "name.last", "age")
print(full, full(people[1]))
print([p.name.last for p in sorted(people, key=attrgetter("name.last"))])
print(attrgetter("real", "imag")(3 + 4j))
show(attrgetter("missing"), people[0])
show(attrgetter("name.middle"), people[0])
show(attrgetter, 1)
show(attrgetter, "a", 2)
show(attrgetter)
show(attrgetter, name="a")
show(by_age)
show(by_age, 1, 2)
show(by_age, obj=1)
print(by_age.__reduce__(), full.__reduce__())
print(type(by_age), type(by_age).__name__, type(by_age).__module__, callable(by_age))

# itemgetter
first = itemgetter(0)
pair = itemgetter(2, 0)
print(first, pair, first("xyz"), pair("xyz"), pair([10, 20, 30]))
print(itemgetter("b")({"a": 1, "b": 2}), itemgetter(slice(1, 3))("hello"))
print(itemgetter("a", "a")({"a": 1}), itemgetter(-1)(range(5)))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)), max(rows, key=itemgetter(0)))
show(itemgetter(5), [1])
show(itemgetter("k"), {})
show(itemgetter(0), 5)
show(itemgetter)
show(itemgetter, x=1)
show(first)
show(first, [1], [2])
show(first, a=[1])
print(itemgetter("x", (1, 2), None), first.__reduce__(), pair.__reduce__())
holder = []
g = itemgetter(holder, 1)
holder.append(g)
print(g)
kwargs = {}
m = methodcaller("m", kwargs)
kwargs["self"] = m
print(m)
print(type(first).__name__, type(first).__module__)

# methodcaller
upper = methodcaller("upper")
split = methodcaller("split", ",", 1)
greet = methodcaller("greet", "Hi", punct="?")
print(upper, split, greet)
print(upper("abc"), split("a,b,c"), greet(people[2]))
print(methodcaller("greet")(people[0]), methodcaller("count", 1)([1, 1, 2]))
print(methodcaller("f", 1, "a", k=2, z=[1]))
print(upper.__reduce__(), split.__reduce__())
rebuilt, args = greet.__reduce__()
print(type(rebuilt).__name__, args, rebuilt(*args)(people[1]))
show(methodcaller("nope"), 1)
show(methodcaller("upper", 1), "a")
show(methodcaller)
show(methodcaller, 1)
show(methodcaller, name="x")
show(upper)
show(upper, "a", "b")
show(upper, x=1)

# None of the three can be subclassed.
for cls in (attrgetter, itemgetter, methodcaller):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print(e)
