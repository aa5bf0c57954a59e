print(1 + 2.0, 1 + 2j, 2.0 + 1j, True + 1.5, type(True + 1))
print(3 * "ab", [0] * 3, (1,) * 2, 3 * True, 2.5 * 2)
for a, b in [(1, 2), (1.5, 2), (2, 1.5), (1j, 2), (True, 2.0)]:
    print(a, b, a == b, a != b, a + b, a - b, a * b, a / b)
for a, b in [(1, 1.0), (1, 1 + 0j), (0.5, 0.5 + 0j), (10**20, 1e20), (2**53 + 1, float(2**53))]:
    print(a == b, hash(a) == hash(b))
print(sorted([3, 1.5, True, -2, 0.0, 10**20, 2.5e-3]))
print(max(1, 2.0), max(2.0, 2), min(0, False), max([1, 1.0]), min([1.0, 1]))
try:
    1 < "1"
except TypeError as e:
    print("TypeError", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    [] * 2.0
except TypeError as e:
    print("TypeError", e)
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
try:
    -"x"
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
print(int.__add__(1, 1.5), float.__add__(1.5, 1), (1).__eq__(1.0), (1.0).__eq__(1))
