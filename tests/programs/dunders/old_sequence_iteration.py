# The old sequence protocol: a class with only __getitem__ is iterable;
# iteration stops at IndexError (or StopIteration) and starts at 0.

log = []

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        log.append(i)
        if i >= self.n:
            raise IndexError("done")
        return chr(ord("a") + i)

print(list(Seq(4)), log)
log.clear()
print(tuple(Seq(2)), "".join(Seq(3)), sorted(Seq(3), reverse=True), len(log))
log.clear()
for ch in Seq(2):
    print("loop", ch)
print(log)
a, b, c = Seq(3)
print(a, b, c)
print(*Seq(2), sep="|")
print(dict.fromkeys(Seq(2)), set(Seq(1)), max(Seq(5)), min(Seq(5)))
print(list(enumerate(Seq(3))), list(zip(Seq(2), Seq(9))))

it = iter(Seq(2))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration after IndexError")
try:
    next(it)
except StopIteration:
    print("stays exhausted")

class StopsWithStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStop()))

class KeyErrorSeq:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError(i)
        return i
try:
    list(KeyErrorSeq())
except KeyError as e:
    print("KeyError propagates:", e)

# string keys are never tried; index passed is an int
class Mapping:
    def __getitem__(self, key):
        if not isinstance(key, int):
            return "key " + key
        if key > 1:
            raise IndexError
        return key * 100
print(list(Mapping()), Mapping()["x"])

# unpacking errors
try:
    x, y = Seq(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = Seq(2)
except ValueError as e:
    print("ValueError:", e)

# an infinite sequence consumed lazily
class Naturals:
    def __getitem__(self, i):
        return i
for n in Naturals():
    if n * n > 50:
        print("first square > 50:", n)
        break
print(3 in Naturals(), next(x for x in Naturals() if x % 7 == 6))

# the old protocol also powers reversed() when __len__ exists
class Sized(Seq):
    def __len__(self):
        return self.n
print(list(reversed(Sized(3))))
