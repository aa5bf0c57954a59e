# finally in generators, nonlocal in loops, class decorators, property through super(), walrus scope.
def gen():
    try:
        yield 1
        return
    finally:
        print("gen finally")
for x in gen():
    print("got", x)
def gen2():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
g = gen2()
print(next(g), next(g))
g.close()
def outer():
    total = 0
    for i in range(3):
        def add():
            nonlocal total
            total += i
        add()
    return total
print(outer())
def deco(cls):
    cls.tag = "decorated"
    return cls
@deco
class T:
    pass
print(T.tag)
class P:
    @property
    def val(self):
        return "P"
class Q(P):
    @property
    def val(self):
        return "Q+" + super().val
print(Q().val)
print([y for x in range(3) if (y := x * 2) > 0], y)
def scope():
    if False:
        z = 1
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(scope())
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
