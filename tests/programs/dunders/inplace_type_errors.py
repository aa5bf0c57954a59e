# TypeError messages for augmented assignment use the "+=" form.

class A:
    pass

class NI:
    def __iadd__(self, other):
        return NotImplemented
    def __imatmul__(self, other):
        return NotImplemented

def aug(op, left, right):
    env = {"x": left, "y": right}
    try:
        exec("x %s= y" % op, env)
        print(op + "=", "->", env["x"])
    except TypeError as e:
        print(op + "=", "TypeError:", e)

for op in ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"]:
    aug(op, A(), 1)

aug("+", 1, "s")
aug("+", "s", 1)
aug("+", [1], 2)
aug("+", (1,), [2])
aug("*", [1], 2.0)
aug("-", {1}, [1])
aug("|", {"a": 1}, [("b", 2)])
aug("+", NI(), NI())
aug("@", NI(), 3)
aug("**", None, 2)
aug("//", 1j, 2)

def direct():
    x = A()
    try:
        x += 1
    except TypeError as e:
        print("direct", e)
    try:
        x **= 2
    except TypeError as e:
        print("direct", e)
    y = 5
    try:
        y <<= "3"
    except TypeError as e:
        print("direct", e)
    lst = [1, 2]
    try:
        lst += 5
    except TypeError as e:
        print("direct", type(e).__name__, e)
    print(lst)
direct()

# the pow() three-argument form never applies to **=
x = 2
x **= 10
print(x)
x %= 7
print(x)
