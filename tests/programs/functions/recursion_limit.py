# RecursionError is catchable; the program continues; the limit is adjustable.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
print("still running", sys.getrecursionlimit())
def depth_reached():
    count = 0
    def go():
        nonlocal count
        count += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return count
small = 200
sys.setrecursionlimit(small)
reached = depth_reached()
print(reached < small, reached > small - 20)
sys.setrecursionlimit(1000)
print(depth_reached() > 900)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print("TypeError:", e)
class Node:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return f"Node({self.child!r})"
n = Node()
n.child = n
try:
    repr(n)
except RecursionError:
    print("repr recursion caught")
def mutual_a(k):
    return mutual_b(k + 1)
def mutual_b(k):
    return mutual_a(k + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
print(sum(range(10)))
