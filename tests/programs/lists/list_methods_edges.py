# list methods with unusual arguments.
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -1), a.count(2), a.index(3, -10, 10))
for call in [lambda: a.index(2, 4), lambda: a.index(9), lambda: a.remove(9), lambda: [].pop(), lambda: a.pop(10), lambda: a.insert("x", 1), lambda: a.index()]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
b = [1, 2, 3]
b.insert(100, "end"); b.insert(-100, "start"); b.insert(-1, "before end")
print(b, b.pop(-2), b.pop(0), b)
c = [3, 1, 2]
print(c.sort(), c, c.reverse(), c, c.copy() is c, c.clear(), c)
d = [1]
d.extend(d); d.extend(range(2)); d.extend("ab"); d.extend({9: 0})
print(d)
e = [1, 2]
e.append(e)
print(e, e[2][2][0], len(e))
f = [0] * 3
f[-1] = 9
print(f, f[-3], [1, 2, 3][-1:-4:-1])
try:
    f[3] = 1
except IndexError as err:
    print("IndexError:", err)
try:
    del f[5]
except IndexError as err:
    print("IndexError:", err)
print([1, 2] * True, [[]] * 2, list(reversed([1, 2, 3])), [1, 2, 3][True])
print([3, 1, 2].__len__(), [1, 2] < [1, 2, 0], [2] > [1, 9], [1, "a"] == [1, "a"], [] < [[]])
