# Scoping rules in generator expressions and generators: late binding, class bodies.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

# generators capture variables, not values
def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * k for k in range(2)))
    return gens

print([list(g) for g in make_gens()])

def late():
    x = 1
    g = (x + k for k in range(3))
    x = 100
    return list(g)
print(late())

def early_binding():
    gens = []
    for i in range(3):
        def gen(i=i):
            yield i
            yield i * 10
        gens.append(gen())
    return gens
print([list(g) for g in early_binding()])

# loop variable does not leak out of a generator expression
x = "outer x"
total = sum(x for x in range(4))
print(total, x)

# class body: the outermost iterable sees class names, the rest do not
class Config:
    values = [1, 2, 3]
    doubled = list(v * 2 for v in values)
    scale = 10
    try:
        scaled = list(v * scale for v in values)
    except NameError as e:
        error = f"{type(e).__name__}: {e}"

print(Config.doubled)
print(Config.error)
print(hasattr(Config, "scaled"))

# genexp inside a function sees enclosing function locals via closure
def closure_genexp(factor):
    return list(n * factor for n in range(3))
print(closure_genexp(7))

# nested genexp, inner referencing outer loop variable
matrix = [[1, 2], [3, 4], [5, 6]]
flat = list(cell for row in matrix for cell in row)
print(flat)
transposed = list(list(row[i] for row in matrix) for i in range(2))
print(transposed)

# generator function closing over a variable that changes between next() calls
def counter_view():
    yield step
    yield step

step = "a"
cv = counter_view()
print(next(cv))
step = "b"
print(next(cv))

# nonlocal modified by generator
def outer():
    count = 0
    def gen():
        nonlocal count
        for _ in range(3):
            count += 1
            yield count
    g = gen()
    print("before", count)
    print(next(g), count)
    print(list(g), count)
outer()

# walrus in a generator expression binds in the enclosing scope
def walrus():
    results = list(last := v for v in range(4))
    return results, last
print(walrus())
