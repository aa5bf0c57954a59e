d = {"a": 1, "b": 2}
cases = [
    lambda: d["z"],
    lambda: d[[1]],
    lambda: d.pop("z"),
    lambda: {}.popitem(),
    lambda: d.update(5),
    lambda: d.update([1, 2]),
    lambda: d.update([("a", 1, 2)]),
    lambda: dict([1]),
    lambda: dict(a=1, **{"a": 2}),
    lambda: d.get(),
    lambda: d.setdefault(),
    lambda: dict.fromkeys(5),
    lambda: d | 5,
    lambda: {[]: 1},
    lambda: d.pop(),
    lambda: d.keys()[0],
    lambda: d + d,
    lambda: sorted(d, key=5),
    lambda: {**d, **{1: 2}, **[]},
    lambda: d.__getitem__(("t", 1)),
    lambda: dict(1, 2),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
