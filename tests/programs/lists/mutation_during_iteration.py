# Mutating containers while iterating them.
items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)
grow = [1]
for x in grow:
    if len(grow) < 5:
        grow.append(x * 2)
print(grow)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e, d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = 10
print(d)
try:
    for k in d.keys():
        d.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for v in d.values():
        d["new"] = v
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for kv in d.items():
        d.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
nums = [3, 1, 2]
try:
    nums.sort(key=lambda v: nums.append(v) or v)
except ValueError as e:
    print("ValueError:", e)
print(nums)
it = iter(items)
next(it)
items.clear()
print(list(it))
