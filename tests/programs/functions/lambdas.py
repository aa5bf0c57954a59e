# Lambdas: expressions, defaults, closures, immediately called, sort keys.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print((lambda a, b=10: a + b)(1), list(map(lambda s: s[::-1], ["ab", "cd"])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(5), compose(len, str)(12345))
print(square.__name__, (lambda: 0).__qualname__, type(square).__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(ops["+"](2, 3), ops["-"](2, 3))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]), (lambda x: (yield x)) is not None)
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
