# __repr__ and __str__: which one each builtin uses, str falling back to
# repr, containers using repr of their items, and ascii().

class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly<é>"

class StrOnly:
    def __str__(self):
        return "StrOnly<str>"

b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s.__str__())
print(str(b), repr(b), str(r), repr(r), ascii(r), ascii(b))
print([b, r], (b,), {"k": b}, {b}, "%s %r %a" % (b, b, r))
print(f"{b} {b!r} {r!s} {r!a}", "{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.StrOnly object at"), str(s))
print(type(repr(s)).__name__)

# print() uses str(); str() of a str subclass instance
class Shout(str):
    def __str__(self):
        return self.upper()
    def __repr__(self):
        return "Shout(%s)" % str.__repr__(self)
sh = Shout("hey")
print(sh, str(sh), repr(sh), [sh], "%s" % sh, f"{sh}", sh + "!", type(str(sh)).__name__)

# recursion-safe container reprs
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d, repr(lst))

# a __repr__ that uses repr() of nested custom objects
class Node:
    def __init__(self, value, *children):
        self.value, self.children = value, list(children)
    def __repr__(self):
        if not self.children:
            return "Node(%r)" % (self.value,)
        return "Node(%r, %s)" % (self.value, ", ".join(map(repr, self.children)))
tree = Node("root", Node(1), Node("two", Node(2.5)))
print(tree)
print(str(tree) == repr(tree), [tree.children[0]])

# reprs of builtins used in these protocols
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("\x00\u00e9\U0001f600"))
print(ascii("\u00e9\U0001f600"), repr(b"\x00a'"), repr(1.0), repr(1e16), repr(-0.0))
print(repr(None), repr(NotImplemented), repr(Ellipsis), repr(type), repr(int), repr(Both)[:16])

# __str__ and __repr__ inherited and overridden through a hierarchy
class Base:
    def __repr__(self):
        return type(self).__name__ + "()"
class Child(Base):
    pass
class GrandChild(Child):
    def __str__(self):
        return "grandchild as str"
print(Base(), Child(), GrandChild(), [GrandChild()], repr(GrandChild()))
