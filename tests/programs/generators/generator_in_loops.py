# Generators consumed partially, resumed by several loops, and chained lazily.
def numbers():
    for i in range(6):
        print("produce", i)
        yield i
g = numbers()
for n in g:
    if n == 1:
        break
print("paused")
for n in g:
    if n == 3:
        break
print("remaining", list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", range(2), (x * 2 for x in [5]))))
def window(seq, size):
    it = iter(seq)
    current = [next(it) for _ in range(size)]
    yield tuple(current)
    for item in it:
        current = current[1:] + [item]
        yield tuple(current)
print(list(window(range(5), 3)))
def take_while_positive(values):
    for v in values:
        if v <= 0:
            return v
        yield v
t = take_while_positive([3, 2, -1, 5])
print(list(t))
squares = (n * n for n in range(4))
print(3 in squares, list(squares))
