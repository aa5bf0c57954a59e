# Native code that recurses (repr, comparison, isinstance, builtins calling
# back into Python) stops at the recursion limit with RecursionError.


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except RecursionError as error:
        print(label, type(error).__name__, error)


def nested(make, depth):
    value = make(None)
    for _ in range(depth):
        value = make(value)
    return value


deep_list = nested(lambda inner: [inner], 1100)
other_list = nested(lambda inner: [inner], 1100)
deep_tuple = nested(lambda inner: (inner,), 1100)
deep_dict = nested(lambda inner: {"k": inner}, 1100)
other_dict = nested(lambda inner: {"k": inner}, 1100)
class_tuple = int
for _ in range(1100):
    class_tuple = (class_tuple,)

attempt("repr list", lambda: repr(deep_list))
attempt("str tuple", lambda: str(deep_tuple))
attempt("print dict", lambda: print(deep_dict))
attempt("list ==", lambda: deep_list == other_list)
attempt("dict ==", lambda: deep_dict == other_dict)
attempt("tuple <", lambda: deep_tuple < deep_tuple)
attempt("hash tuple", lambda: hash(deep_tuple))
attempt("isinstance", lambda: isinstance(1, class_tuple))
attempt("issubclass", lambda: issubclass(int, class_tuple))


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "Node(" + repr(self.child) + ")"

    def __eq__(self, other):
        return self.child == other


chain = nested(Node, 1100)
attempt("user __repr__", lambda: repr(chain))
attempt("user __eq__", lambda: chain == 1)


class Lookup:
    def __getattr__(self, name):
        return getattr(self, name)


attempt("__getattr__", lambda: Lookup().missing)


def sort_forever(n):
    return sorted([2, 1], key=lambda item: sort_forever(n + 1))


attempt("sorted key", lambda: sort_forever(0))


def total(tree):
    if isinstance(tree, list):
        return sum(map(total, tree))
    return tree


attempt("map walk", lambda: total(nested(lambda inner: [inner, 1], 1100)))
attempt("filter chain", lambda: list(nested(lambda inner: filter(None, inner or [1]), 1100)))
print("still running")
