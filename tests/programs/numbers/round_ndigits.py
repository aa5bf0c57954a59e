for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e16 + 1]:
    print(x, round(x), round(x, 2), round(x, 1), round(x, -1))
for n in [1234567, -1234567, 15, 25, 35, -25, 5, 0]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), round(n, -10))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)))
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.0), round(-0.0, 1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
try:
    round("x")
except TypeError as e:
    print("TypeError", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(round(123.456, -2), round(123.456, 5), round(5e-324, 400))
print(round(10**20 + 0.5), round(2**70, -20))
