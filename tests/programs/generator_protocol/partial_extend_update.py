# list.extend / dict.update / list += consume a generator item by item: items produced
# before an exception stay in the container.
def faulty(n, fail_at):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"fail at {i}")
        yield i

lst = ["start"]
try:
    lst.extend(faulty(5, 3))
except ValueError as e:
    print(type(e).__name__, e)
print("list after failed extend:", lst)

lst2 = [0]
try:
    lst2 += faulty(5, 2)
except ValueError as e:
    print(type(e).__name__, e)
print("list after failed +=:", lst2)

d = {}
try:
    d.update((k, k * k) for k in faulty(5, 2))
except ValueError as e:
    print(type(e).__name__, e)
print("dict after failed update:", d)

s = set()
try:
    s.update(faulty(4, 2))
except ValueError as e:
    print(type(e).__name__, e)
print("set after failed update:", sorted(s))

# the consumer can observe the container growing while the generator runs
target = []
def watcher():
    for i in range(3):
        print("  len while extending:", len(target))
        yield i
target.extend(watcher())
print(target)
