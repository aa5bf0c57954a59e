# Names in module-level code are globals: loaded and stored through the
# same dict as functions see, however that dict changes in between.
total = 0
for i in range(1000):
    total += i
print(total, i)

x = 5
def read_x():
    return x
x = 6
print(read_x(), x)

del x
try:
    print(x)
except NameError as error:
    print(error)
x = 7
print(x)

# A module global shadows a builtin; deleting it uncovers the builtin.
print(len([1, 2]))
len = lambda s: 42
print(len([1, 2]))
del len
print(len([1, 2]))

# Changes made through globals() are seen by the next load and store.
q = 1
for _ in range(3):
    q = q + 1
globals()["q"] = 100
print(q)
q += 1
print(globals()["q"])
globals().update(r=5, s=6)
print(r + s)
for name in ["r", "s"]:
    del globals()[name]
print("r" in globals(), "s" in globals())
r = 8
print(r)

# The same code object run in different namespaces.
code = compile("y = y + 1 if 'y' in globals() else 1", "<names>", "exec")
first, second = {}, {"y": 10}
exec(code, first)
exec(code, first)
exec(code, second)
print(first["y"], second["y"])
namespace = {}
exec("a = 1\nb = a + 1\nfor k in range(3):\n    a += k\n", namespace)
print(namespace["a"], namespace["b"], namespace["k"])

# Separate locals: names go to the locals mapping, reads fall back to
# the globals.
local_names = {}
exec("c = total // 1000\nd = c + 1", globals(), local_names)
print(sorted(local_names.items()), "c" in globals())


class C:
    z = 1
    z += 1
    w = z * 2
    total = -1
print(C.z, C.w, C.total, total)
