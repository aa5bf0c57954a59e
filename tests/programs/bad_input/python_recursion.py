# Python-to-Python recursion: RecursionError at the limit, and a raised
# limit allows deep recursion.
import sys


def down(n):
    return 0 if n == 0 else down(n - 1) + 1


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as error:
    print(type(error).__name__, error)

print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(down(2500))
try:
    forever(0)
except RecursionError as error:
    print(type(error).__name__, error)
sys.setrecursionlimit(10**9)
print(sys.getrecursionlimit())
print(down(4000))


def gen(n):
    yield from gen(n + 1)


sys.setrecursionlimit(1000)
try:
    next(gen(0))
except RecursionError as error:
    print("yield from", type(error).__name__, error)
