# UnboundLocalError: assignment anywhere makes a name local.
v = 10
def reads_then_assigns():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 20
    return v
print(reads_then_assigns())
def augmented():
    try:
        v += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
augmented()
def deleted():
    w = 1
    del w
    try:
        return w
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(deleted())
def free_var_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(free_var_unbound())
def conditional(flag):
    if flag:
        u = "set"
    return u
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(issubclass(UnboundLocalError, NameError))
def loop_var():
    for item in []:
        pass
    try:
        return item
    except UnboundLocalError as e:
        return str(e)
print(loop_var())
