f = lambda x, *y, z=1, **k: (x, y)
g = lambda: 0
