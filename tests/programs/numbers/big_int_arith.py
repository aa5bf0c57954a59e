a = 2 ** 200 + 12345
b = 3 ** 100 - 7
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(a ** 2 % 1000000007)
print(pow(a, b, 10**9 + 7))
print(a / b, b / a)
print(a >> 150, a << 3, a & b, a | b, a ^ b, ~a)
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(100)
print(f)
print(len(str(fact(500))), sum(int(c) for c in str(fact(300))))
print(f // fact(98), f % 101, f == fact(100), f > fact(99))
def fib(n):
    x, y = 0, 1
    for _ in range(n):
        x, y = y, x + y
    return x
print(fib(300))
print(int(str(fib(250))) == fib(250), hash(fib(100)) == hash(int(str(fib(100)))))
import math
print(math.gcd(fact(30), fib(60)), math.isqrt(10**50), math.isqrt(2 * 10**40))
print((10**50 + 1) * (10**50 - 1) == 10**100 - 1)
try:
    1 / (10**400)
    print(10**400 / 1)
except OverflowError as e:
    print("OverflowError", e)
print(float(2**1023), 10**400 // 10**399, (10**400) / (10**399))
