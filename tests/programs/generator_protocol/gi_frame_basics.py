# gi_frame (known missing in pyvm): frame while suspended, None once finished.
def gen(a):
    b = a * 2
    yield b
    c = b + 1
    yield c

g = gen(5)
f = g.gi_frame
print(type(f).__name__, f.f_code is g.gi_code, f.f_code.co_name)
print(sorted(f.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_lineno)
next(g)
print(sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_lineno)
list(g)
print(g.gi_frame)
