# Merging, grouping and de-duplicating sorted streams with generators.
def merge_two(a, b):
    a, b = iter(a), iter(b)
    missing = object()
    x, y = next(a, missing), next(b, missing)
    while x is not missing and y is not missing:
        if y < x:
            yield y
            y = next(b, missing)
        else:
            yield x
            x = next(a, missing)
    while x is not missing:
        yield x
        x = next(a, missing)
    while y is not missing:
        yield y
        y = next(b, missing)

def merge(*streams):
    if not streams:
        return
    if len(streams) == 1:
        yield from streams[0]
        return
    mid = len(streams) // 2
    yield from merge_two(merge(*streams[:mid]), merge(*streams[mid:]))

print(list(merge_two([1, 4, 9], [2, 3, 10, 11])))
print(list(merge([5, 6], [1], [], [0, 7, 8], [2, 2])))
print(list(merge()), list(merge([])), list(merge("ace", "bdf")))

def group_by(iterable, key=lambda v: v):
    it = iter(iterable)
    missing = object()
    current = next(it, missing)
    while current is not missing:
        k = key(current)
        group = [current]
        current = next(it, missing)
        while current is not missing and key(current) == k:
            group.append(current)
            current = next(it, missing)
        yield k, group

print(list(group_by("aaabccdaa")))
print(list(group_by([1, 3, 5, 2, 4, 7], key=lambda v: v % 2)))
print(list(group_by([])))

def run_length(text):
    for ch, group in group_by(text):
        yield f"{len(group)}{ch}"

def run_length_decode(pairs):
    for item in pairs:
        yield item[-1] * int(item[:-1])

encoded = list(run_length("wwwwbbbxyyy"))
print(encoded, "".join(run_length_decode(encoded)))

def unique_sorted(iterable):
    previous = object()
    for v in iterable:
        if v != previous:
            yield v
            previous = v

def unique_everseen(iterable):
    seen = set()
    for v in iterable:
        if v not in seen:
            seen.add(v)
            yield v

print(list(unique_sorted(merge([1, 2, 2, 5], [2, 3, 5, 5]))))
print(list(unique_everseen("mississippi")))

def chunks_by_total(numbers, limit):
    chunk, total = [], 0
    for n in numbers:
        if chunk and total + n > limit:
            yield chunk
            chunk, total = [], 0
        chunk.append(n)
        total += n
    if chunk:
        yield chunk

print(list(chunks_by_total([4, 3, 2, 6, 1, 1, 9, 2], 7)))

def interleave(*iterables):
    iterators = [iter(i) for i in iterables]
    while iterators:
        still = []
        for it in iterators:
            try:
                yield next(it)
            except StopIteration:
                continue
            still.append(it)
        iterators = still

print(list(interleave("abc", [1, 2], (), "XYZW")))

def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur

print(list(pairwise([1, 4, 9, 16])), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise(merge([1, 10], [4, 20]))])
