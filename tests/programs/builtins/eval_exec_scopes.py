# eval/exec with explicit globals and locals, and what they can see.
x = "module x"
print(eval("x"), eval("x", {"x": "given"}), eval("x + y", {"x": 1}, {"y": 2}))
ns = {}
exec("a = 1\ndef f():\n    return a + 1\nb = f()", ns)
print(ns["a"], ns["b"], "__builtins__" in ns, sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("c = 3", {}, loc)
print(loc)
def inner():
    local_var = 5
    return eval("local_var * 2"), eval("x")
print(inner())
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("len('abc')", {"__builtins__": {"len": len}}), eval(" 1 + 1 "), eval(compile("2 * 3", "<s>", "eval")))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
code = compile("for i in range(3): total += i", "<loop>", "exec")
env = {"total": 0}
exec(code, env)
print(env["total"], exec("pass"), type(code).__name__)
try:
    exec(5)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", [])
except TypeError as e:
    print("TypeError:", e)
