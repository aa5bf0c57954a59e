x = 1
y: int = 2
a, *b = c = d
x += 1
del x[0], y.z
