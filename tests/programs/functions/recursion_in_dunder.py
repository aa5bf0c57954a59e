# RecursionError from recursive __repr__, __eq__ and __getattr__, caught each time.
import sys
sys.setrecursionlimit(300)
class SelfRepr:
    def __repr__(self):
        return f"<{self!r}>"
try:
    repr(SelfRepr())
except RecursionError as e:
    print("repr:", type(e).__name__)
class SelfEq:
    def __eq__(self, other):
        return self == other
try:
    SelfEq() == SelfEq()
except RecursionError:
    print("eq: RecursionError")
class MissingAttr:
    def __getattr__(self, name):
        return self.other
try:
    MissingAttr().anything
except RecursionError:
    print("getattr: RecursionError")
def sort_key(v):
    return sort_key(v)
try:
    sorted([1, 2], key=sort_key)
except RecursionError:
    print("sorted key: RecursionError")
nested = []
for _ in range(1000):
    nested = [nested]
try:
    print(len(repr(nested)))
except RecursionError:
    print("deep repr: RecursionError")
sys.setrecursionlimit(1000)
print("recovered", sys.getrecursionlimit(), len(str(list(range(5)))))
