"""List sorting: ints, tuples, keys, and a stable sort on strings."""


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed


def run():
    numbers = []
    source = lcg(42)
    for _ in range(200_000):
        numbers.append(next(source) % 100_000)
    a = sorted(numbers)
    b = sorted(numbers, reverse=True)
    pairs = sorted((n % 100, n) for n in numbers[:50_000])
    words = sorted((str(n) for n in numbers[:50_000]), key=len)
    return a[100], b[100], pairs[100], words[100], len(words)


print(run())
