# eval and exec with globals and locals dicts; compile; globals() and locals().
x = 10
print(eval("x + 1"), eval("y * 2", {"y": 21}), eval("a + b", {"a": 1}, {"b": 2}))
namespace = {}
exec("def f(n):\n    return n * 3\nresult = f(4)", namespace)
print(namespace["result"], namespace["f"](2), "__builtins__" in namespace)
exec("z = x * 2")
print(z)
def scope():
    local_var = 1
    names = locals()
    return sorted(names), "scope" in globals(), globals()["x"]
print(scope())
code = compile("1 + 2", "<string>", "eval")
print(eval(code), type(code).__name__)
exec(compile("print('compiled exec')", "<s>", "exec"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
print(eval("[i * i for i in range(4)]"), eval("lambda: 5")())
g = {"__builtins__": {"len": len}}
print(eval("len('abc')", g))
try:
    eval("print('x')", g)
except NameError as e:
    print("NameError:", e)
