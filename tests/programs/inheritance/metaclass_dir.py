# dir(cls) uses the metaclass __dir__.
class DirMeta(type):
    def __dir__(cls):
        return ["zeta", "alpha"]
class Dirred(metaclass=DirMeta):
    pass
print(dir(Dirred), "__init__" in dir(Dirred()))
