# Which of __str__ / __repr__ / __format__ overrides on str subclasses are used
# by print, str(), repr(), format, %-formatting, f-strings and containers.
class Secret(str):
    def __str__(self):
        return "***"
    def __repr__(self):
        return "Secret(...)"

s = Secret("hunter2")
print(s)
print(str(s), repr(s), [s], (s,), {"pw": s}, {s: 1})
print(f"{s}", f"{s!s}", f"{s!r}", "{}".format(s), "{!r}".format(s), format(s), format(s, ">9"))
print("%s" % s, "%r" % s, "%10s|" % s, "x" + s, s + "x", s.upper(), s[:3], len(s))
print(" ".join([s, s]), s == "hunter2", s.__str__(), str.__str__(s), str.__repr__(s))
print(type(str(s)).__name__, type(s.__str__()).__name__)

class Plain(str):
    pass
p = Plain("plain")
print(p, str(p), repr(p), [p], type(str(p)).__name__, str(p) is p, type(p.__str__()).__name__)

class Fmt(str):
    def __format__(self, spec):
        return f"<{str(self)}|{spec}>"
fm = Fmt("v")
print(f"{fm}", f"{fm:>5}", format(fm, "x"), "{:abc}".format(fm), "%s" % fm, str(fm), fm)

class ReturnsSub(str):
    def __str__(self):
        return Plain("from-sub")
r = ReturnsSub("orig")
x = str(r)
print(x, type(x).__name__, r, f"{r}", "%s" % r)

class BadStr(str):
    def __str__(self):
        return 42
b = BadStr("bad")
for label, fn in [("str", lambda: str(b)), ("print-fmt", lambda: f"{b}"), ("percent", lambda: "%s" % b), ("format", lambda: format(b))]:
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, type(e).__name__, e)

class Loud(str):
    def __repr__(self):
        return "Loud(" + str.__repr__(self) + ")"
words = [Loud("a"), Loud("b'c"), "plain"]
print(words, tuple(words), {w: len(w) for w in words}, set([Loud("z")]))
print(repr(words), str(words), ascii(Loud("é")), ascii(words))
