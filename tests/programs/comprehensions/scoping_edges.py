# Comprehension scopes: loop variables do not leak; the first iterable is evaluated outside.
x = "outer"
values = [x for x in range(3)]
print(x, values)
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        broken = [i * factor for i in items for factor in [len(items)]]
    except NameError as e:
        error = str(e)
    factor = 10
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled_error = str(e)
print(C.doubled, C.broken if hasattr(C, "broken") else C.error, C.scaled_error)
def f():
    y = 5
    return [y * i for i in range(3)], {i: y for i in "ab"}, {y + i for i in range(2)} == {5, 6}, list(y - i for i in range(2))
print(f())
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
z = [lambda: i for i in range(3)]
print([g() for g in z])
print([n for n in range(10) if n % 2 if n % 3])
acc = []
print([acc.append(i) or i for i in range(3)], acc)
print([w := i * 2 for i in range(3)], w)
def g():
    [v := k for k in range(4)]
    return v
print(g())
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print({k: v for k, v in zip("abc", range(3)) if v}, dict((k, len(k)) for k in ["aa", "b"]))
