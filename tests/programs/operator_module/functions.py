# The operator module's functions: each is its operator, with CPython's
# argument errors.
import operator as op


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


# Comparisons and truth.
for name in ["lt", "le", "eq", "ne", "ge", "gt"]:
    f = getattr(op, name)
    print(name, f(1, 2), f(2, 2), f(3, 2), f("a", "b"))
show(op.lt, 1, "a")
print(op.not_(0), op.not_([1]), op.truth(""), op.truth(3))
x = [1]
print(op.is_(x, x), op.is_(x, [1]), op.is_not(x, [1]), op.is_not(None, None))

# Arithmetic and bits.
print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.pow(2, -1), op.neg(5), op.pos(-5), op.abs(-7.5))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 70), op.rshift(1024, 3))
print(op.inv(5), op.invert(-1), op.index(7), op.index(True), op.index(2**80))
print(op.add("ab", "cd"), op.mul([0], 3), op.mod("%d-%s", (1, "x")))
print(op.or_({1: 2}, {3: 4}), op.and_({1, 2}, {2, 3}))
show(op.truediv, 1, 0)
show(op.add, 1, "a")
show(op.neg, "a")
show(op.invert, 1.5)
show(op.abs, "a")
show(op.index, "a")
show(op.index, 1.5)


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __index__(self):
        return len(self.xs)

    def __neg__(self):
        return "negated"


print(op.matmul(Vec(1, 2), Vec(3, 4)), op.index(Vec(1, 2, 3)), op.neg(Vec()))
show(op.matmul, 1, 2)


class BadIndex:
    def __index__(self):
        return "x"


show(op.index, BadIndex())

# Sequences and containers.
print(op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2,)))
show(op.concat, 1, 2)
show(op.concat, {}, {})
show(op.concat, [1], (2,))
print(op.contains([1, 2], 2), op.contains("abc", "d"), op.contains({1: 2}, 1))
show(op.contains, 1, 1)
print(op.countOf([1, 2, 1, 1.0, True], 1), op.countOf("banana", "a"), op.countOf([], 0))
nan = float("nan")
print(op.countOf([nan, nan], nan), op.indexOf([nan], nan))
print(op.indexOf([5, 6, 7], 7), op.indexOf(iter("xyz"), "y"))
show(op.indexOf, [1], 2)
show(op.countOf, 1, 1)
show(op.indexOf, 1, 1)
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), op.getitem([1, 2, 3], slice(1, None)), op.getitem("abc", -1))
op.delitem(d, "a")
print(d)
show(op.getitem, d, "zz")
show(op.delitem, [], 0)
show(op.getitem, 1, 0)
print(op.call(max, 1, 5, 3), op.call(sorted, [3, 1, 2], reverse=True), op.call(dict, a=1))

# In-place forms change mutable operands and return them.
a = [1]
b = op.iadd(a, [2])
print(a, b is a)
s = {1, 2}
print(op.iand(s, {2}), op.ior(s, {5}), op.ixor(s, {5}), op.isub(s, {2}), s)
a = [1]
print(op.iconcat(a, (2,)), a, op.imul(a, 2), a)
print(op.iadd(1, 2), op.isub(5, 1), op.imul(2, 3), op.itruediv(1, 4), op.ifloordiv(9, 2))
print(op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3))
print(op.ior(6, 3), op.ixor(6, 3), op.iconcat("a", "b"))
show(op.iconcat, 1, 2)
show(op.imatmul, 1, 2)


class Acc:
    def __init__(self):
        self.log = []

    def __iadd__(self, other):
        self.log.append(other)
        return self

    def __imatmul__(self, other):
        self.log.append(("@", other))
        return self


acc = Acc()
print(op.iadd(acc, 1) is acc, op.imatmul(acc, 2) is acc, acc.log)

# The dunder aliases are the same functions.
for name in ["lt", "not_", "abs", "add", "and_", "index", "inv", "concat", "contains",
             "getitem", "setitem", "delitem", "iadd", "iconcat", "ixor", "call"]:
    dunder = "__" + name.rstrip("_") + "__"
    print(dunder, getattr(op, dunder) is getattr(op, name))
print(hasattr(op, "__truth__"), hasattr(op, "__is__"), hasattr(op, "__countOf__"))
print(sorted(op.__all__) == sorted(n for n in dir(op) if not n.startswith("_")))
print(len(op.__all__), op.add.__name__, op.__add__.__name__, repr(op.add))

# Argument errors are CPython's.
show(op.add, 1)
show(op.add, 1, 2, 3)
show(op.add, a=1, b=2)
show(op.setitem, {}, 1)
show(op.not_)
show(op.not_, 1, 2)
show(op.truth, x=1)
show(op.index)
show(op.call)
show(op.call, 1)
show(op.length_hint)
show(op.length_hint, [], 1, 2)
show(op.length_hint, [], default=1)
