# derive() decides the type of the parts made by split/subgroup and by
# except*; without an override the parts are plain (Base)ExceptionGroups.


class Plain(ExceptionGroup):
    pass


class Deriving(ExceptionGroup):
    def __new__(cls, message, excs, tag="default"):
        obj = super().__new__(cls, message, excs)
        obj.tag = tag
        return obj

    def __init__(self, message, excs, tag="default"):
        super().__init__(message, excs)

    def derive(self, excs):
        print(f"  derive({[type(e).__name__ for e in excs]}) on tag={self.tag}")
        return Deriving(self.message, excs, self.tag + "+")


p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print("Plain split parts:", type(m).__name__, type(r).__name__)
print("Plain derive:", type(p.derive([KeyError()])).__name__)

d = Deriving("deriving", [ValueError(1), TypeError(2), ValueError(3)], tag="T")
m, r = d.split(ValueError)
print("Deriving split parts:", type(m).__name__, m.tag, m.exceptions, "|", type(r).__name__, r.tag)

s = d.subgroup(TypeError)
print("subgroup:", type(s).__name__, s.tag, s.exceptions)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return "not a group"


try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)


class RaisingDerive(ExceptionGroup):
    def derive(self, excs):
        raise RuntimeError("derive failed")


try:
    RaisingDerive("r", [ValueError(), TypeError()]).split(ValueError)
except RuntimeError as e:
    print("RuntimeError:", e)


# derive on the base types.
bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg.derive([ValueError()])).__name__, type(bg.derive([SystemExit()])).__name__)
print(repr(ExceptionGroup("e", [ValueError()]).derive([KeyError("k")])))
try:
    ExceptionGroup("e", [ValueError()]).derive([KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

# except* uses derive to build what the handler sees.
print("except* on a Deriving group:")
try:
    raise Deriving("star", [ValueError("a"), TypeError("b")], tag="S")
except* ValueError as eg:
    print("  handler sees", type(eg).__name__, eg.tag, eg.exceptions)
except* TypeError as eg:
    print("  handler sees", type(eg).__name__, eg.tag, eg.exceptions)

# derive doesn't copy notes/cause itself; split copies them afterwards.
n = Deriving("noted", [ValueError(), TypeError()], tag="N")
n.add_note("note!")
n.__cause__ = KeyError("cause")
m, _ = n.split(ValueError)
print("copied:", m.__notes__, repr(m.__cause__))
raw = n.derive([ValueError()])
print("raw derive:", getattr(raw, "__notes__", None), raw.__cause__)
