# Which built-in bases can be combined in one class.

for base in [list, dict, int, str, object, Exception, set]:
    A = type("A", (base,), {})
    B = type("B", (base,), {})
    try:
        type("C", (A, B), {})
        print(base.__name__, "ok")
    except TypeError as e:
        print(base.__name__, e)
