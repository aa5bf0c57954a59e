# throw() validates its third argument (must be a traceback or None).
def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            print("caught", type(e).__name__, e.args)
            yield "handled"

g = catcher()
print(next(g))
for bad_tb in [5, "tb", object()]:
    try:
        g.throw(ValueError, None, bad_tb)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g.throw(ValueError, ValueError("v"), 5)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g))
print(g.throw(ValueError, None, None))
stop = True
g.close()
print("closed")
