# AttributeError accepts name= and obj= keyword arguments (3.10+); NameError accepts name=.
e2 = AttributeError("msg", name="attr", obj=42)
print(e2.name, e2.obj, e2.args, str(e2))
e2.name = "renamed"
e2.obj = None
print(e2.name, e2.obj)
try:
    AttributeError("x", other=1)
except TypeError as e:
    print("TypeError", e)
n = NameError("m", name="var")
print(n.name, n.args)
class MyAttrError(AttributeError):
    pass
m = MyAttrError("boom", name="field", obj="owner")
print(m.name, m.obj, type(m).__name__)
