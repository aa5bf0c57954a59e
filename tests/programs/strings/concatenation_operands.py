"""`+` and `+=` on strs, lists and tuples: exact strs of every size and
kind of text, lists and tuples with their aliases, subclasses whose own
methods must win, and operands of other types."""


class Loud(str):
    def __add__(self, other):
        return f"Loud.__add__({str(self)!r}, {other!r})"

    def __radd__(self, other):
        return f"Loud.__radd__({str(self)!r}, {other!r})"


class Quiet(str):
    pass


class Appends(str):
    def __iadd__(self, other):
        return Appends(str(self) + "|" + other)


pieces = ["", "a", "abc", "é", "日本", "🐍", "x" * 23, "y" * 24, "z" * 100]
for left in pieces:
    for right in pieces:
        joined = left + right
        assert len(joined) == len(left) + len(right)
        assert joined[: len(left)] == left and joined[len(left) :] == right
        print(len(joined), joined[:3], joined[-3:], type(joined).__name__, hash(joined) == hash(left + right))

text = "start"
for piece in pieces:
    text += piece
print(len(text), text[:8], text[-4:])

print("plain" + Loud("loud"))
print(Loud("loud") + "plain")
quiet = Quiet("quiet")
print(repr("plain" + quiet), type("plain" + quiet).__name__)
print(repr(quiet + "plain"), type(quiet + "plain").__name__)
appended = Appends("base")
appended += "more"
print(repr(appended), type(appended).__name__)
same = "base"
alias = same
same += "more"
print(same, alias, same is alias)

for other in (1, None, b"bytes", ["list"], 2.5):
    try:
        "text" + other
    except TypeError as error:
        print(error)
    try:
        text = "text"
        text += other
    except TypeError as error:
        print(error)


class MyList(list):
    def __add__(self, other):
        return "MyList.__add__"

    def __radd__(self, other):
        return "MyList.__radd__"


class MyTuple(tuple):
    pass


numbers = [1, 2]
alias = numbers
numbers += [3]
print(numbers, alias, numbers is alias)
joined = numbers + numbers
joined.append(4)
print(joined, numbers, [] + [], () + (), (1,) + (2, 3))
pair = (1, 2)
same = pair
pair += (3,)
print(pair, same, pair is same)
print([1] + MyList([2]), MyList([2]) + [1], type(MyTuple((1,)) + (2,)).__name__, (1,) + MyTuple((2,)))
for left, right in (([1], (2,)), ((1,), [2]), ([1], "s"), ((), None)):
    try:
        left + right
    except TypeError as error:
        print(error)
