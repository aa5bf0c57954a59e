x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
outer = [1, 2]
g = (a * b for a in outer for b in range(a))
outer = [100]
print(list(g))
def make():
    return (n for n in range(3) if n != 1)
print(list(make()), sum(make()), max(make()), sorted(make(), reverse=True))
nested = ((i, j) for i in range(3) for j in (c for c in "ab" if i))
print(list(nested))
try:
    list(1 / n for n in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (y for y in 5)
except TypeError as e:
    print("TypeError", e)
g = (i for i in range(5))
print(3 in g, list(g))
squares = {n: n * n for n in range(4)}
print(list(k for k, v in squares.items() if v > 1), tuple(c.upper() for c in "hey"))
