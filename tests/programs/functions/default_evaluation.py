# Defaults are evaluated once, at definition time, left to right.
log = []
def note(value):
    log.append(value)
    return value
def f(a=note(1), b=note(2), *, c=note(3)):
    return a, b, c
print(log, f(), f(0), log)
def g(x=note("x"), y=lambda: note("late")):
    return y()
print(log[-1], g(), g(), log[-3:])
def grow(item, bucket={}):
    bucket[item] = len(bucket)
    return bucket
grow("a"); grow("b")
print(grow("c"), grow.__defaults__)
grow.__defaults__ = ({},)
print(grow("z"))
class K:
    def method(self, seen=[]):
        seen.append(len(seen))
        return seen
print(K().method(), K().method(), K.method.__defaults__)
def h(a, b=[]):
    b = b + [a]
    return b
print(h(1), h(2))
def kwonly(*, key=note("kw")):
    return key
print(kwonly(), kwonly.__kwdefaults__, log[-1])
def bad_default():
    try:
        def inner(x=undefined_name):
            return x
    except NameError as e:
        print("NameError:", e)
bad_default()
