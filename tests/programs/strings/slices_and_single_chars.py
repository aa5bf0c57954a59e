# Slices of str, list and tuple by every kind of bound, and the shared
# one-character strings that indexing, iteration, chr() and one-character
# slices give.
texts = ["hello world", "héllo wörld ✓", ""]
for text in texts:
    print(repr(text[1:4]), repr(text[:3]), repr(text[3:]), repr(text[-3:]),
          repr(text[:-3]), repr(text[::2]), repr(text[::-1]), repr(text[5:2]),
          repr(text[2:100]), repr(text[-100:2]), repr(text[1:8:3]),
          repr(text[8:1:-2]), repr(text[True:3]), repr(text[None:None]))
for sequence in (list(range(10)), tuple(range(10))):
    print(sequence[1:4], sequence[::3], sequence[::-2], sequence[7:2:-1],
          sequence[-2:], sequence[:0])

text = "hello"
print(text[:] is text, text[0:5] is text, text[1:3] is text[1:3])
numbers = (1, 2, 3)
print(numbers[:] is numbers, list(numbers)[:] == list(numbers))

accented = "héllo"
print(chr(101) is text[1], text[1] is [c for c in text][1], text[1:2] is text[1])
print(chr(233) is accented[1], accented[1:2] is accented[1], len(chr(0x10FFFF)))


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        print("__index__", self.value)
        return self.value


print(text[Index(1):Index(3)], list(range(6))[Index(4):])


class Tracing(list):
    def __getitem__(self, key):
        print("Tracing.__getitem__", key)
        return super().__getitem__(key)


print(Tracing([1, 2, 3])[1:2])


class Sub(str):
    pass


print(type(Sub("abc")[0:2]).__name__, type(Sub("abc")[:]).__name__)
for bad in (lambda: text[1:2:0], lambda: text["a":2], lambda: text[1.5:]):
    try:
        bad()
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)

total = 0
line = "alpha beta gamma delta"
for i in range(1000):
    total += len(line[i % 7:i % 7 + 5]) + len(line[-(i % 5) - 1])
print(total)
