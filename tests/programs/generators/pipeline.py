# Generator pipelines and iterator helpers.
def read(lines):
    for line in lines:
        yield line.strip()
def non_empty(lines):
    return (l for l in lines if l)
def numbered(lines):
    for i, l in enumerate(lines, 1):
        yield f"{i}: {l}"
data = ["alpha  ", "", "  beta", "gamma", " "]
print(list(numbered(non_empty(read(data)))))
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks(list(range(7)), 3)))
it = iter(range(5))
print(next(it), next(it), list(it), next(it, "default"))
def count_up():
    yield from range(3)
print(sum(count_up()), max(count_up()), sorted(count_up(), reverse=True), tuple(count_up()))
print(dict(zip(count_up(), "abc")), list(map(lambda a, b: a * b, count_up(), count_up())))
print(list(zip(*[iter(range(6))] * 2)))
