# String comparison, ordering by code point, and methods on str subclasses.
print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "😀" > "\uffff", sorted(["b", "A", "a", "B", "é", "_"]))
print(max("hello"), min("hello"), "abc" == "abc", "a" * 3 == "aaa", ord(max("zé")))
class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hi")
print(t.shout(), t + "x", type(t + "x").__name__, type(t.upper()).__name__, t == "hi", hash(t) == hash("hi"), {t: 1}["hi"])
print(isinstance(t, str), t[0], type(t[0]).__name__, t * 2, type(t * 2).__name__, str(t), type(str(t)).__name__)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" < None
except TypeError as e:
    print("TypeError:", e)
