# Comprehension scope: the loop variable does not leak; class bodies.
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    n = 10
    try:
        bad = [v * n for v in values]
    except NameError as e:
        error = str(e)
print(C.doubled, C.error)
def f():
    y = 5
    return [y * k for k in range(3)], {k: y for k in "ab"}, list(y + k for k in range(2))
print(f())
g = (n for n in range(3))
print(next(g), list(g), list(g))
try:
    print(k)
except NameError as e:
    print("NameError:", e)
