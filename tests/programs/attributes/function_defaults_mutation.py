# Changing __defaults__ and __kwdefaults__ at run time changes call behaviour.
def f(a, b=1, c=2):
    return (a, b, c)
print(f(0), f.__defaults__)
f.__defaults__ = (10, 20)
print(f(0))
f.__defaults__ = (99,)
print(f(0, 5))
try:
    f(0)
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = None
print(f.__defaults__)
try:
    f(0, 1)
except TypeError as e:
    print("TypeError", e)

def g(x, *, key="k", flag=False):
    return (x, key, flag)
print(g(1), g.__kwdefaults__)
g.__kwdefaults__ = {"key": "new", "flag": True}
print(g(1))
g.__kwdefaults__["flag"] = "mutated in place"
print(g(1))
g.__kwdefaults__ = None
try:
    g(1)
except TypeError as e:
    print("TypeError", e)
print(g(1, key=1, flag=2))
g.__kwdefaults__ = {"key": "only key"}
try:
    g(1)
except TypeError as e:
    print("TypeError", e)

# Mutable default shared across calls (the classic pitfall) and how __defaults__ exposes it.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
append_to(1)
append_to(2)
print(append_to.__defaults__, append_to.__defaults__[0] is append_to(3))
append_to.__defaults__ = ([],)
print(append_to(4))

# Functions without defaults.
def none_at_all(a, *, b):
    return a, b
print(none_at_all.__defaults__, none_at_all.__kwdefaults__)
none_at_all.__kwdefaults__ = {"b": "filled"}
print(none_at_all(1))

# Defaults are evaluated once, at definition time.
counter = [0]
def make_default():
    counter[0] += 1
    return counter[0]
def uses(x=make_default()):
    return x
print(uses(), uses(), counter)

# Methods see the same defaults through the bound method.
class K:
    def m(self, n=3):
        return n
K.m.__defaults__ = (30,)
print(K().m(), K.m.__defaults__)
