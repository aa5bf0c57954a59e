# setattr() with a str-subclass name keeps the name object as the instance dict key.
class Name(str):
    pass
class T:
    pass
t = T()
setattr(t, Name("subname"), "stored")
print(t.subname, [type(k).__name__ for k in vars(t)])
