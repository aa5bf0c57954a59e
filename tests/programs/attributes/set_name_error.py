# Exceptions raised by __set_name__ are wrapped in RuntimeError in 3.11 (with __cause__).
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError(f"bad name {name}")
try:
    class Broken:
        oops = Bad()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__ if e.__cause__ else None, e.__cause__)
try:
    type("Dyn", (), {"first": 1, "second": Bad()})
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
class Fine:
    def __set_name__(self, owner, name):
        raise AttributeError("inner attribute error")
try:
    class AlsoBroken:
        x = Fine()
except Exception as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)
