# Generators become due for closing only while suspended: one that a
# dying generator's `finally` starts is closed in its turn, later; one
# made before any class defines __del__ is still closed after one does.
import gc


def inner(label):
    try:
        yield f"{label} started"
        yield f"{label} again"
    finally:
        print(label, "closed")


def outer(label, fresh):
    try:
        yield f"{label} running"
    finally:
        # Starts a generator nothing else holds, while being closed.
        print(label, "closing, wakes:", next(fresh))


g = outer("outer", inner("woken"))
print(next(g))
del g
# CPython closes it at once; pyvm at the next collection.
gc.collect()
gc.collect()
print("after two collections")

# Finished and never-started generators stay quiet.
done = inner("done")
print(list(done))
untouched = inner("untouched")
del done, untouched
gc.collect()


# Suspended before a class with __del__ exists.
def early():
    try:
        yield 1
    finally:
        print("early closed")


first = early()
next(first)


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


t = Tracked("t")
del first, t
gc.collect()
print("after __del__ class")

# A generator a __del__ resumes.
late = inner("late")


class Resumer:
    def __init__(self, generator):
        self.generator = generator

    def __del__(self):
        print("resumer wakes:", next(self.generator))


r = Resumer(late)
del late, r
gc.collect()
gc.collect()
print("after resumer")

# gc.get_stats(): one dict per generation, with these keys.
stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for generation in stats:
    print(sorted(generation), all(type(v) is int and v >= 0 for v in generation.values()))
print(sum(g["collections"] for g in stats) > 0)
print("end")
