# object.__new__ rejects extra arguments when the class overrides __new__.
class NoInit:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __new__(cls, *args):
        return object.__new__(cls, *args)
    def __init__(self, *args):
        pass
try:
    Both(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, *args):
        self.args = args
print(OnlyInit(1, 2).args)
try:
    object.__new__(OnlyInit, 1)
except TypeError as e:
    print(type(e).__name__, e)
