# Zero-argument super() needs a first positional parameter; *args does not count.
class Base:
    def __init__(self, name):
        self.name = name
class U(Base):
    def __init__(*args):
        super().__init__(args[1])
try:
    U("v")
except RuntimeError as e:
    print(type(e).__name__, e)
