items = [3, 1, 2]
cases = [
    lambda: items.index(9),
    lambda: items.remove(9),
    lambda: [].pop(),
    lambda: items.pop(10),
    lambda: items.pop("0"),
    lambda: items.insert("1", 0),
    lambda: items[5],
    lambda: items["0"],
    lambda: items.sort(key=1),
    lambda: [1, "a"].sort(),
    lambda: items.extend(5),
    lambda: items + (1,),
    lambda: items * 1.5,
    lambda: list(5),
    lambda: items.count(),
    lambda: items.index(1, "x"),
    lambda: items.sort(reverse=None, key=None) or items,
    lambda: items.sort(lambda x: x),
    lambda: [].__getitem__(0),
    lambda: list.append(items),
    lambda: sorted(items, cmp=None),
    lambda: max([]),
    lambda: items.__setitem__(7, 1),
    lambda: items.__delitem__(-9),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)
a = [1, 2, 3, 4, 5]
try:
    a[1:3] = 5
except TypeError as e:
    print("TypeError", e)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
del a[::2]
print(a)
a[1:1] = "xyz"
print(a)
