def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))
x = [1, 2, 3]
x.append(4)
print(x, len(x), x[1:3], x[::-1])
d = {"a": 1, "b": 2}
d["c"] = 3
for k, v in d.items():
    print(k, v)
print(d)
print({1, 2, 3})
s = "hello world"
print(s.upper(), s.split(), s.replace("o", "0"), s[::2])
print(f"{s!r:>20} {3.14159:.2f} {42:08d}")
print("%s is %d years" % ("bob", 30))
print("{} and {name}".format(1, name="x"))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(1, 2) + Point(3, 4)
print(p, p.x)

def gen(n):
    for i in range(n):
        yield i * i

print(list(gen(5)), sum(gen(10)))
print([i for i in range(10) if i % 2], {i: i * i for i in range(3)})
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)

class Animal:
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof " + super().speak()
print(Dog().speak())
print(sorted([3, 1, 2], reverse=True), min(3, 1, 2), max([1, 5, 2]))
print(2 ** 100, -7 // 2, -7 % 2, 7 / 2, divmod(17, 5))
import sys
print(sys.argv[0].endswith("a.py"))
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
f = outer()
f(); f()
print(f())
