# Two separately created NaN floats are distinct objects, so containment and
# list equality (identity first, then ==) find no match.

a = float("nan")
b = float("nan")
print(a is b, a is a)
print(a in [b], a in [a], [a] == [b], [a] == [a], [a].count(b), (a,) == (b,))
print(float("nan") in [float("nan")])
try:
    [a].index(b)
except ValueError as e:
    print("ValueError:", e)
print({a: 1}.get(b, "missing"), b in {a})
