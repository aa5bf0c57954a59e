# __eq__ is what list.index/count/remove, `in`, tuple methods and dict
# lookups use; identity is checked first, then the list element's __eq__
# is called with the searched value as its argument.

log = []

class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        log.append("%s == %s" % (self.name, getattr(other, "name", other)))
        if isinstance(other, Tag):
            return self.name.lower() == other.name.lower()
        if isinstance(other, str):
            return self.name.lower() == other.lower()
        return NotImplemented
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Tag(%s)" % self.name

tags = [Tag("a"), Tag("B"), Tag("c"), Tag("b")]

def run(label, fn):
    log.clear()
    try:
        print(label, fn(), log)
    except Exception as e:
        print(label, type(e).__name__, e, log)

run("index Tag", lambda: tags.index(Tag("b")))
run("index str", lambda: tags.index("C"))
run("index start", lambda: tags.index("b", 2))
run("index missing", lambda: tags.index("z"))
run("count", lambda: tags.count("b"))
run("in", lambda: "A" in tags)
run("not in", lambda: "q" not in tags)
run("identity shortcut", lambda: tags[2] in tags)
run("tuple index", lambda: tuple(tags).index("c"))
run("tuple count", lambda: tuple(tags).count(Tag("B")))
run("set membership", lambda: Tag("A") in set(tags))
run("dict key", lambda: {Tag("x"): 1}[Tag("X")])
run("list ==", lambda: [Tag("a")] == ["A"])
run("list !=", lambda: [Tag("a"), 1] != ["a", 2])

def remove(item):
    lst = list(tags)
    lst.remove(item)
    return lst
run("remove first match", lambda: remove("b"))
run("remove missing", lambda: remove("zz"))

# comparisons with an object whose __eq__ returns NotImplemented fall back
# to the other side, then identity
class Opaque:
    def __eq__(self, other):
        log.append("Opaque.__eq__")
        return NotImplemented
o = Opaque()
run("opaque in list", lambda: Opaque() in [o, 1])
run("opaque identity", lambda: o in [Opaque(), o])
run("opaque count", lambda: [o, o, Opaque()].count(o))

# __eq__ raising stops the search
class Explosive:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")
run("explosive index", lambda: [1, Explosive()].index(2))
run("explosive in, found first", lambda: 1 in [1, Explosive()])

# numeric equality across types in containers
print(1 in [1.0], 1.0 in {1}, True in [1], [1, 2].index(2.0), (0, False).count(0), {1: "a"}[True])
