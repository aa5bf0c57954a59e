class P:
    scale = 3
    def __init__(self):
        self.x = 1
class Q(P):
    pass
p = P(); q = Q()
for obj in (p, q, p):
    print(obj.x, obj.scale, type(obj).scale)
P.scale = 5
print(p.scale, P.scale, Q.scale)
p.scale = 7
print(p.scale, P.scale)
del p.scale
print(p.scale)
class D:
    @property
    def x(self):
        return "prop"
d = D()
d.__dict__["x"] = "dict"
print(d.x)
p.__dict__.clear()
try:
    print(p.x)
except AttributeError as e:
    print(e)
p.__dict__["x"] = 9
print(p.x)
p.x = 10
print(p.x, p.__dict__)
p.__class__ = Q
print(p.x)
setattr(p, "y" + "", 5)
print(p.y)
for i in range(3):
    Q.scale = i
    print(q.scale, Q.scale)
