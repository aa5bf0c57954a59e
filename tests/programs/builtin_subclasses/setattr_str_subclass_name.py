# setattr()/getattr() with a str-subclass name: CPython stores the name
# object itself as the instance-dict key (it is not converted to str).
class S(str):
    pass
class Obj:
    pass
o = Obj()
setattr(o, S("dyn"), 1)
print(o.dyn, vars(o), [type(k).__name__ for k in vars(o)])
o.__dict__[S("manual")] = 2
print(o.manual, [type(k).__name__ for k in vars(o)])
