# list methods: append/extend/insert/remove/pop/clear/index/count/reverse/copy.
a = [3, 1, 4]
a.append(1); a.extend([5, 9]); a.extend(range(2)); a.insert(0, 2); a.insert(-1, 6); a.insert(100, 7); a.insert(-100, 8)
print(a)
a.remove(1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(9, 2), a.count(1), a.count(42))
b = a.copy()
b.reverse()
print(a, b, a is b)
b.clear()
print(b, len(b))
for call in [lambda: a.remove(42), lambda: a.index(42), lambda: [].pop(), lambda: a.pop(50), lambda: a.index(4, 0, 1)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    a.append()
except TypeError as e:
    print("TypeError:", e)
try:
    a.insert(1)
except TypeError as e:
    print("TypeError:", e)
