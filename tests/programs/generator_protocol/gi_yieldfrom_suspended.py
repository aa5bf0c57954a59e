# gi_yieldfrom and gi_suspended generator attributes.
def numbers(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total

# gi_yieldfrom tracks the delegated iterator
def sub():
    yield "s1"
    yield "s2"

def delegator():
    yield "before"
    yield from sub()
    yield "after"

d = delegator()
print(next(d), d.gi_yieldfrom)
print(next(d), type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
print(next(d), d.gi_yieldfrom.gi_running)
print(next(d), d.gi_yieldfrom)
print(list(d), d.gi_yieldfrom)

def over_list():
    yield from [1, 2]
ol = over_list()
next(ol)
print(type(ol.gi_yieldfrom).__name__)

# gi_suspended
s = numbers(2)
print("suspended before:", s.gi_suspended)
next(s)
print("suspended during:", s.gi_suspended)
list(s)
print("suspended after:", s.gi_suspended)

g = numbers(2)
print(g.gi_yieldfrom)
