# Subclassing built-in types: list, dict, str, int, Exception.
class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s + [4], type(s + [4]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
dd = DefaultDict()
dd["a"].append(1)
dd["b"]
print(dd, len(dd), "a" in dd)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", len(u), isinstance(u, str), repr(u))
class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}C"
c = Celsius(21.456)
print(str(c), c + 1, c * 2, round(c, 1))
class Code(int):
    pass
print(Code(7) + 1, Code(7) == 7, hash(Code(7)) == hash(7), str(Code(12)))
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
try:
    raise AppError(404, "not found")
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
