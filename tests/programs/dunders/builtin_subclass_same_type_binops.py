# Binary operators between two instances of the same (or sibling)
# subclasses of int, float, str and list use the inherited builtin slots.

class MyInt(int):
    pass
class OtherInt(int):
    pass
class MyFloat(float):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass

def t(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)

a = MyInt(5)
t("a + a", lambda: a + a)
t("a * a", lambda: a * a)
t("a - OtherInt(1)", lambda: a - OtherInt(1))
t("a // a", lambda: a // a)
t("a % a", lambda: a % a)
t("a / a", lambda: a / a)
t("divmod(a, a)", lambda: divmod(a, a))
t("a ** MyInt(2)", lambda: a ** MyInt(2))
t("a & a", lambda: a & a)
t("a >> MyInt(1)", lambda: a >> MyInt(1))
t("MyFloat * MyFloat", lambda: MyFloat(2.0) * MyFloat(3.0))
t("MyStr + MyStr", lambda: MyStr("a") + MyStr("b"))
t("MyList + MyList", lambda: MyList([1]) + MyList([2]))
t("a < a", lambda: a < a)
x = MyInt(1)
x += MyInt(2)
print(x, type(x).__name__)
