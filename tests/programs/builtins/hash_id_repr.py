print(repr(None), repr(True), repr(1.0), repr("a'b"), repr('a"b'), repr("a'\"b"), repr([1, "x", (2,)]))
print(repr({"k": [1, {2}]}), repr(()), repr((1,)), repr(set()), repr(frozenset()), repr(range(0, 5, 2)))
print(repr(slice(1, None)), repr(b"x\x00"), repr(1e-10), repr(-0.0), repr(float("inf")), repr(2**64))
print(str(None), str(1.5), str([1, "x"]), str("x"), str(b"x"), str(("a",)))
l = [1]
l.append(l)
d = {"self": None}
d["self"] = d
print(l, d)
class WithRepr:
    def __repr__(self):
        return "WR"
class WithStr:
    def __str__(self):
        return "WS"
print(repr(WithRepr()), str(WithRepr()), str(WithStr()), [WithRepr()], f"{WithStr()}", "%s|%r" % (WithRepr(), WithRepr()))
print(repr(WithStr()).startswith("<__main__.WithStr object at 0x"))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError", e)
a = object()
print(a is a, a == a, a != object(), hash(a) == hash(a), type(hash(a)).__name__)
print(hash(-1), hash(-2), hash(0.0), hash(""), hash(()) == hash(tuple()))
