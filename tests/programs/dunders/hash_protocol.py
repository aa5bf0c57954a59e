# __hash__: None when __eq__ is defined without it, inheritance rules,
# explicit __hash__ = None, and how hash() post-processes results.

class Plain:
    pass

class EqOnly:
    def __eq__(self, other):
        return True

class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 7

class SubOfHashable(EqAndHash):
    pass

class SubRedefinesEq(EqAndHash):
    def __eq__(self, other):
        return False

class SubRestoresHash(EqOnly):
    __hash__ = object.__hash__

class ExplicitNone:
    __hash__ = None

def t(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

print(Plain.__hash__ is object.__hash__, EqOnly.__hash__, ExplicitNone.__hash__)
print("__hash__" in EqOnly.__dict__, "__hash__" in SubOfHashable.__dict__, "__hash__" in SubRedefinesEq.__dict__)
t("hash(EqOnly)", lambda: hash(EqOnly()))
t("set of EqOnly", lambda: {EqOnly()})
t("dict key EqOnly", lambda: {EqOnly(): 1})
t("EqOnly in set", lambda: EqOnly() in {1, 2})
t("EqOnly in dict", lambda: EqOnly() in {})
t("hash(EqAndHash)", lambda: hash(EqAndHash()))
t("hash(SubOfHashable)", lambda: hash(SubOfHashable()))
t("hash(SubRedefinesEq)", lambda: hash(SubRedefinesEq()))
t("hash(SubRestoresHash)", lambda: type(hash(SubRestoresHash())).__name__)
t("hash(ExplicitNone)", lambda: hash(ExplicitNone()))
t("hash(list)", lambda: hash([1]))
t("hash(dict)", lambda: hash({}))
t("hash(set)", lambda: hash(set()))
t("hash(bytearray)", lambda: hash(bytearray()))
t("hash(tuple with list)", lambda: hash((1, [2])))
t("frozenset ok", lambda: hash(frozenset()) == hash(frozenset()))
t("hash of class", lambda: hash(EqOnly) == hash(EqOnly))
t("isinstance-ish", lambda: EqOnly.__hash__ is None)

# set semantics with a custom hash
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Key(%r)" % self.name
keys = {Key("a"), Key("A"), Key("b")}
print(len(keys), Key("B") in keys, sorted(k.name.lower() for k in keys))
d = {Key("x"): 1}
d[Key("X")] = 2
print(d)

# hash consistency of numbers
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(1.5) == hash(3 / 2))
print({1: "int", 1.0: "float", True: "bool"})
print(hash(complex(3, 0)) == hash(3), hash(()) == hash(()), hash((1, 2)) == hash((1, 2)))

# __hash__ can be assigned after class creation
class Late:
    def __eq__(self, other):
        return True
t("late before", lambda: hash(Late()))
Late.__hash__ = lambda self: 99
t("late after", lambda: hash(Late()))
