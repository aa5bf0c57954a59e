# global and nonlocal interplay across nesting levels.
x = "global"
def a():
    x = "a"
    def b():
        global x
        x = "set by b"
        def c():
            return x
        return c()
    r = b()
    return r, x
print(a(), x)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        def peek():
            return n
        return peek()
    return inc
inc = counter()
print(inc(), inc(), inc())
def shadow():
    y = 1
    def inner():
        nonlocal y
        y = 2
        def deepest():
            nonlocal y
            y = 3
        deepest()
        return y
    before = y
    result = inner()
    return before, result, y
print(shadow())
def make_global():
    global created
    created = "made"
make_global()
print(created)
def reads_global_after_del():
    global temp
    temp = 5
    del temp
    try:
        return temp
    except NameError as e:
        return f"NameError: {e}"
print(reads_global_after_del())
code = """
def f():
    nonlocal q
"""
try:
    exec(code)
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def g():\n    x = 1\n    global x\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def h(p):\n    global p\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
