import sys
sys.setrecursionlimit(120)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("RecursionError:", e)
class Node:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return repr(self.me)
try:
    repr(Node())
except RecursionError as e:
    print("RecursionError in __repr__:", e)
nested = []
for _ in range(50):
    nested = [nested]
print(str(nested).count("["))
print("recovered", sum(range(10)))
