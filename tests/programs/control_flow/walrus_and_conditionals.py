# Assignment expressions and conditional expressions in various positions.
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) != 8:
    print("popped", item)
print(data, item)
print([y for x in range(5) if (y := x * x) > 4], y)
print((a := 1, b := 2), a, b)
def f(v=(w := 5)):
    return v
print(f(), w)
values = {"a": 1}
print(v if (v := values.get("a")) else "none", v)
print("pos" if 1 > 0 else "neg", "x" if "" else "y" if [] else "z", (lambda q: "even" if q % 2 == 0 else "odd")(3))
print(1 if True else 1 / 0, 0 and 1 / 0, 1 or 1 / 0, None or [] or "last", 5 and 0 and "never")
try:
    exec("x := 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(not 0, not "a", not not [], -(-1) if not None else 0, 1 < 2 < 3 > 2, 1 < 3 < 2, (1 < 2) == True)
