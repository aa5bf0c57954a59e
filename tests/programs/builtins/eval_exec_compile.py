print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {"y": 1}, {"y": 2}), eval("  7  "))
print(eval("[i for i in range(n)]", {"n": 4}), eval("len('abc')"), eval("(lambda a: a + 1)(1)"))
ns = {}
exec("a = 5\nb = a * 2\ndef f(x):\n    return x + b", ns)
print(ns["a"], ns["b"], ns["f"](1), "__builtins__" in ns)
loc = {}
exec("z = 10", {}, loc)
print(loc)
code = compile("result = 6 * 7", "<calc>", "exec")
g = {}
exec(code, g)
print(g["result"], code.co_filename, type(code).__name__)
expr = compile("3 ** 2", "<expr>", "eval")
print(eval(expr), expr.co_name)
single = compile("print('single mode')", "<s>", "single")
exec(single)
for bad in ["1 +", "def", "x = = 1", "(1, 2"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.filename)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("1", "<m>", "nope")
except ValueError as e:
    print("ValueError", e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("abs(-3)", {"__builtins__": {"abs": abs}}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
def scope_test():
    local_var = "local"
    return eval("local_var"), eval("local_var + '!'", None, {"local_var": "other"})
print(scope_test())
exec("for i in range(3):\n    print('loop', i)")
print(eval(" 1 +\t1 "), eval("'a' 'b'"), exec("pass"), eval("None"))
