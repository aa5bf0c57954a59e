# Exceptions raised by a generator while builtins consume it: partial effects remain.
def faulty(n, fail_at):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"fail at {i}")
        yield i

s = set()
try:
    s.update(faulty(4, 1))
except ValueError as e:
    print(type(e).__name__, e)
print("set after failed update:", sorted(s))

for consumer in (list, tuple, sorted, sum, max, "".join, dict.fromkeys):
    try:
        consumer(faulty(3, 1))
    except ValueError as e:
        print(getattr(consumer, "__name__", "?"), "->", type(e).__name__, e)

# for loop sees the values before the failure
seen = []
try:
    for v in faulty(10, 4):
        seen.append(v)
except ValueError as e:
    print("loop stopped:", e, seen)

# errors inside a consumer's callback while iterating a generator
def keyfunc(v):
    if v == 2:
        raise KeyError("key failed")
    return -v

g = faulty(5, 99)
try:
    sorted(g, key=keyfunc)
except KeyError as e:
    print("sorted key error:", e, "remaining:", list(g))

g = faulty(5, 99)
try:
    list(map(lambda v: 10 // (v - 2), g))
except ZeroDivisionError as e:
    print("map error:", e, "remaining:", list(g))

g = faulty(6, 99)
try:
    print(list(filter(lambda v: v.bit_length() < 2 or v.upper(), g)))
except AttributeError as e:
    print("filter error:", e, "remaining:", list(g))

# zip consumes from earlier arguments before a later one fails
a = faulty(5, 99)
try:
    list(zip(a, faulty(5, 2)))
except ValueError as e:
    print("zip error:", e, "remaining in a:", list(a))

# enumerate passes errors through; the generator is dead afterwards
g = faulty(5, 2)
e_it = enumerate(g)
print(next(e_it), next(e_it))
try:
    next(e_it)
except ValueError as e:
    print("enumerate error:", e)
print(next(e_it, "enumerate exhausted"), list(g))

# next() default does not swallow non-StopIteration exceptions
try:
    next(faulty(1, 0), "default")
except ValueError as e:
    print("next default did not help:", e)

# next() on a non-iterator
for obj in ([1], "s", 5):
    try:
        next(obj)
    except TypeError as e:
        print(type(e).__name__, e)
