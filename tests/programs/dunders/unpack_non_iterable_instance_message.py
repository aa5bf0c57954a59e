# Unpacking a non-iterable instance of a user class says
# "cannot unpack non-iterable Plain object", like it does for ints.
class Plain: pass
def t(f):
    try: f()
    except TypeError as e: print(e)
def f1():
    a, b = Plain()
def f2():
    for a, b in [Plain()]: pass
def f3():
    [a for a, b in [Plain()]]
def f4():
    a, *b = 5
def f5():
    for a, b in [1]: pass
t(f1); t(f2); t(f3); t(f4); t(f5)
