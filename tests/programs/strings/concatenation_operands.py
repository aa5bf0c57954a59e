"""`+` and `+=` on strings: exact strs of every size and kind of text,
subclasses whose own methods must win, and what is not a str."""


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
