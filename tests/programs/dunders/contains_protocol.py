# `in` and `not in`: __contains__ first, then iteration via __iter__, then
# the old __getitem__ protocol; the result is converted to bool.

log = []

class WithContains:
    def __contains__(self, item):
        log.append("contains(%r)" % (item,))
        return item % 2 == 0
    def __iter__(self):
        log.append("iter (never)")
        return iter([])

class WithIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        log.append("iter")
        for x in self.items:
            log.append("yield %r" % (x,))
            yield x

class WithGetitem:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        log.append("getitem(%d)" % i)
        if i >= self.n:
            raise IndexError(i)
        return i * 10

class Truthy:
    def __contains__(self, item):
        return "non-empty string"

class Falsy:
    def __contains__(self, item):
        return []

class Nothing:
    pass

def check(label, fn):
    log.clear()
    try:
        print(label, fn(), log)
    except Exception as e:
        print(label, type(e).__name__, e, log)

check("4 in WithContains", lambda: 4 in WithContains())
check("3 not in WithContains", lambda: 3 not in WithContains())
check("2 in WithIter", lambda: 2 in WithIter([1, 2, 3]))
check("9 in WithIter", lambda: 9 in WithIter([1, 2]))
check("20 in WithGetitem", lambda: 20 in WithGetitem(5))
check("25 in WithGetitem", lambda: 25 in WithGetitem(3))
check("Truthy", lambda: 1 in Truthy())
check("Falsy", lambda: 1 in Falsy())
check("Nothing", lambda: 1 in Nothing())
check("in int", lambda: 1 in 5)
check("str in str", lambda: "bc" in "abcd")
check("int in str", lambda: 1 in "abc")
check("list in dict", lambda: [] in {})
check("int in bytes", lambda: 98 in b"abc")
check("bytes in bytes", lambda: b"bc" in b"abc")
check("big in bytes", lambda: 300 in b"abc")
check("None in range", lambda: None in range(3))
check("float in range", lambda: 2.0 in range(3))

# __eq__ of the elements is used by the iteration fallback
class Loose:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Loose(%r)" % (self.v,)
    def __eq__(self, other):
        log.append("eq(%r, %r)" % (self.v, other))
        return self.v == other
check("Loose in list", lambda: 3 in [Loose(1), Loose(3), Loose(5)])
check("Loose in WithIter", lambda: 2 in WithIter([Loose(2)]))


# raising inside the protocols propagates
class Bad:
    def __contains__(self, item):
        raise LookupError("cannot tell")
check("Bad", lambda: 1 in Bad())
class BadIter:
    def __iter__(self):
        yield 1
        raise ValueError("stream broke")
check("BadIter found", lambda: 1 in BadIter())
check("BadIter missing", lambda: 2 in BadIter())
