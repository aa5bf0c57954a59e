# Recursion limits, big int arithmetic, float overflow.
import sys
def depth(n):
    return depth(n + 1) if n < 50 else n
print(depth(0), sys.getrecursionlimit())
sys.setrecursionlimit(100)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(2 ** 1000 % 997, (10 ** 50 + 1) // 7, -(10 ** 30) // 3, pow(7, 10 ** 5, 13))
print(int("9" * 100) // int("3" * 50), len(str(3 ** 2000)), 12345678901234567890 * 98765432109876543210)
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2 if False else "skip", (2 ** 1024) > 1e308)
try:
    2.0 ** 1024
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 / 10 ** 399, 10 ** -2, (-8) ** (1 / 3) if False else "no complex")
