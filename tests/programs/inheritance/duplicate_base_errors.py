# Duplicate bases and other bad bases in class statements and type().
class A: pass
class B(A): pass

def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", cls.__name__, [k.__name__ for k in cls.__bases__])
    except TypeError as e:
        print(label, type(e).__name__, e)

def dup():
    class D(A, A): pass
    return D
attempt("A,A", dup)

def dup2():
    class D(A, B, A): pass
    return D
attempt("A,B,A", dup2)

attempt("type dup", lambda: type("T", (B, B), {}))
attempt("type obj dup", lambda: type("T", (object, object), {}))

def not_a_class():
    class D(1): pass
    return D
attempt("int base", not_a_class)

def not_a_class2():
    class D(A, "x"): pass
    return D
attempt("str base", not_a_class2)


def final_base():
    class D(bool): pass
    return D
attempt("bool base", final_base)

def final_none():
    class D(type(None)): pass
    return D
attempt("NoneType base", final_none)

def final_func():
    def f(): pass
    class D(type(f)): pass
    return D
attempt("function base", final_func)

def final_slice():
    class D(slice): pass
    return D
attempt("slice base", final_slice)

def layout():
    class D(int, str): pass
    return D
attempt("int,str", layout)

def layout2():
    class D(list, dict): pass
    return D
attempt("list,dict", layout2)

def ok_builtin():
    class D(A, int): pass
    return D
attempt("A,int", ok_builtin)

def ok_exc():
    class D(ValueError, KeyError): pass
    return D
attempt("ValueError,KeyError", ok_exc)

# Empty bases tuple means (object,)
T = type("T", (), {})
print(T.__bases__ == (object,), T.__base__ is object)
