# reversed(): __reversed__ is used when defined (whatever it returns);
# errors for objects that are not reversible; builtin reversible types.

class Custom:
    def __reversed__(self):
        return iter("cba")
    def __iter__(self):
        return iter("abc")

class OnlyIter:
    def __iter__(self):
        return iter([1, 2])

class ReturnsList:
    def __reversed__(self):
        return [3, 2, 1]

def check(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

check("Custom", lambda: list(reversed(Custom())))
check("OnlyIter", lambda: reversed(OnlyIter()))
check("ReturnsList", lambda: reversed(ReturnsList()))
check("int", lambda: reversed(5))
check("set", lambda: reversed({1, 2}))
check("dict", lambda: list(reversed({"a": 1, "b": 2})))
check("dict items", lambda: list(reversed({"a": 1}.items())))
check("range", lambda: list(reversed(range(1, 10, 3))))
check("str", lambda: "".join(reversed("hello")))
check("tuple", lambda: list(reversed((1, 2, 3))))
check("generator", lambda: reversed(x for x in []))
check("reversed of reversed", lambda: list(reversed(reversed([1, 2]))))

# a linked list with both directions
class Node:
    def __init__(self, value, nxt=None):
        self.value, self.nxt = value, nxt
class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.nxt
    def __reversed__(self):
        return reversed(list(self))
ll = LinkedList(1, 2, 3)
print(list(ll), list(reversed(ll)), [x for x in reversed(ll) if x > 1])
