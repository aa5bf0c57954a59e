# Evaluation order of subscripts, calls, dict displays, chained comparisons.
log = []
def v(x):
    log.append(x)
    return x
d = {}
d[v("k")] = v("value")
print(log); log.clear()
lst = [0, 0]
lst[v(0)] += v(5)
print(log, lst); log.clear()
v(1) + v(2) * v(3)
print(log); log.clear()
f = lambda *a, **k: None
f(v(1), v(2), k=v(3), *[v(4)], **{v("x"): v(5)})
print(log); log.clear()
{v("a"): v(1), v("b"): v(2)}
print(log); log.clear()
v(1) < v(2) < v(0) < v(9)
print(log); log.clear()
x = v(1) if v(True) else v(2)
print(log); log.clear()
a, b = v(1), v(2)
print(log); log.clear()
[v(i) for i in range(2)]
print(log)
