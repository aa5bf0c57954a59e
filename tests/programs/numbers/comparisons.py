# Chained comparisons and mixed-type numeric comparisons.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(1 < 2.5, 2**64 > 1.5e19, 2**64 < 1.9e19, -2**64 < -1.8e19)
print(float("nan") == float("nan"), float("nan") < 1, float("inf") > 10**400)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9)
x = 5
print(0 < x <= 5, 0 < x < 5, x != 5, x is not None)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, 2] == [1, 2], [3] > [2, 9])
print("abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc")
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None > None
except TypeError as e:
    print(e)
