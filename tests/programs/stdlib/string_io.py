import io
buf = io.StringIO()
print(buf.write("hello\n"), buf.write("world"), buf.tell(), repr(buf.getvalue()))
print(buf.seek(0), repr(buf.read(3)), buf.tell(), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
buf.seek(0)
print(buf.readlines())
buf = io.StringIO("line one\nline two\nlast")
print([line for line in buf])
buf.seek(5)
print(repr(buf.read()), repr(buf.read()), buf.tell())
buf = io.StringIO("abcdef")
buf.seek(2)
buf.write("XY")
print(repr(buf.getvalue()), buf.tell(), repr(buf.read()))
buf.seek(10)
buf.write("!")
print(repr(buf.getvalue()), len(buf.getvalue()))
print(buf.truncate(4), repr(buf.getvalue()), buf.tell())
buf.seek(0, 2)
print(buf.tell(), buf.seek(0, 1))
out = io.StringIO()
print("a", 1, [2], sep="-", end="!\n", file=out)
print("second", file=out)
print(repr(out.getvalue()))
with io.StringIO("ctx") as managed:
    print(managed.read(), managed.closed)
print(managed.closed)
for action in [lambda: managed.read(), lambda: managed.getvalue(), lambda: managed.write("x"),
               lambda: iter(managed), lambda: managed.tell()]:
    try:
        action()
    except ValueError as e:
        print("ValueError", e)
b = io.StringIO("x")
for action in [lambda: b.write(5), lambda: b.seek(-1), lambda: b.seek(1, 1), lambda: b.seek(1, 2),
               lambda: b.seek(0, 3), lambda: b.read("2"), lambda: b.truncate(-1),
               lambda: io.StringIO(5), lambda: io.StringIO("", "x"), lambda: io.StringIO(b"bytes")]:
    try:
        print(action())
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
u = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(u.getvalue()), u.readlines())
r = io.StringIO("a\r\nb\rc\n", newline="")
print(r.readlines())
n = io.StringIO(newline="\r\n")
n.write("x\ny\n")
print(repr(n.getvalue()))
s = io.StringIO("日本語テキスト")
print(s.read(2), s.tell(), s.read(), s.readable(), s.writable(), s.seekable(), s.isatty())
w = io.StringIO()
w.writelines(["a\n", "b\n", "c"])
w.seek(0)
print(w.readline(1), repr(w.readline()), next(w), next(w, "end"), next(w, "end"))
print(type(w).__name__, isinstance(w, io.StringIO))
