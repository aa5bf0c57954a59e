# Chained comparisons evaluate each operand once, short-circuiting left to right.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
print(1 < 2 > 1 <= 1 >= 0 != 5 == 5, "a" < "b" < "c", [1] < [2] <= [2], (1, 2) == (1, 2) in [(1, 2)])
print(3 in [1, 2, 3] in [[1, 2, 3]], None is None is not False, 0 == 0.0 == False)
x = 5
print(0 < x < 10, 10 < x < 20, x == 5 > 4, not 0 < x < 3)
try:
    1 < "a" < 3
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __init__(self, n): self.n = n
    def __lt__(self, other):
        print(f"lt {self.n} {other.n}")
        return self.n < other.n
print(Loud(1) < Loud(2) < Loud(0) < Loud(5))
