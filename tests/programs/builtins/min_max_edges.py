# min/max/sum/any/all with keys, defaults, mixed types and empty inputs.
print(max([3, 1, 2], key=lambda v: -v), min("bca"), max("a", "B", key=str.lower), max([], default="empty"), min((), default=None))
print(max([1, 3, 3.0], key=int), max([3.0, 3]), min([[2], [1, 5]]), max({"a": 1, "b": 0}, key={"a": 1, "b": 0}.get))
print(max(range(10 ** 6, 0, -7)), min(iter([5, 4])), max(1, 2, 3, key=None))
for args, kwargs in [((), {}), (([],), {}), ((1,), {}), (([1], [2]), {"default": 0}), (([1, "a"],), {})]:
    try:
        print(max(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sum([]), sum([], 5), sum(range(101)), sum([0.1] * 3), sum([[1], [2]], []), sum((x for x in [1.5, 2]), 0.5))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(iter([0, 1])), all(x > 0 for x in [1, -1, 1 / 1]))
calls = []
def truthy(v):
    calls.append(v)
    return v
print(any(truthy(v) for v in [0, 2, 3]), calls)
