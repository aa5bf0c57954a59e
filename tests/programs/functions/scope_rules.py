x = "global"
def read_global():
    return x
def local_shadow():
    x = "local"
    return x
def unbound_local():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    x = "assigned later"
print(read_global(), local_shadow(), x)
unbound_local()
def nested():
    y = 1
    def level2():
        z = 2
        def level3():
            nonlocal y
            y += z
            return y
        return level3()
    r = level2()
    return r, y
print(nested())
def global_in_nested():
    def setter():
        global new_global
        new_global = "created"
    setter()
print(global_in_nested(), new_global)
class Scope:
    attr = "class attr"
    items = [a.upper() for a in [attr]]
    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
print(Scope.items, Scope().method())
def comprehension_scope():
    i = "outer i"
    squares = [i * i for i in range(3)]
    return i, squares
print(comprehension_scope())
def walrus_scope():
    data = [1, 5, 10]
    if any((big := v) > 4 for v in data):
        return big
print(walrus_scope())
def loop_var_leak():
    for k in range(3):
        pass
    return k
print(loop_var_leak())
def delete_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(delete_local())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
exec("exec_created = 5")
print(exec_created)
ns = {}
exec("def f():\n    return g\ng = 'from ns'", ns)
print(ns["f"](), sorted(k for k in ns if k != "__builtins__"))
