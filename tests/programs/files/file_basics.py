# open() in text and binary modes: reading, writing, appending, seeking,
# iteration, `with`, attributes and errors. The files live in a folder
# the program makes and removes.
import os

folder = "_tmp_file_basics"
if os.path.isdir(folder):
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
os.mkdir(folder)
path = os.path.join(folder, "a.txt")

f = open(path, "w")
print(type(f).__name__, f.name == path, f.mode, f.closed, f.writable(), f.readable(), f.seekable())
print(f.write("first line\n"), f.write("second line\nthird"), f.tell())
f.writelines(["\n", "fourth\n", "fifth"])
f.close()
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), f.tell())
    print(repr(f.read(4)), repr(f.read(3)), f.tell())
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path, "r") as f:
    print([line for line in f])
with open(path) as f:
    print(list(f), f.closed)
print(f.closed)
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline(100)), f.readlines(5))
    f.seek(0)
    print(repr(f.read(5)), f.seek(0, 2), repr(f.read()), f.seek(6), repr(f.readline()))

with open(path, "a") as f:
    print(f.mode, f.write("\nsixth"), f.tell())
with open(path) as f:
    print(f.read().splitlines())

# Universal newlines and the newline argument.
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=newline) as f:
        print(repr(newline), [f.readline() for _ in range(5)])
    with open(path, newline=newline) as f:
        print("  ", repr(f.read()), list(open(path, newline=newline)))
with open(path, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(path, "rb") as f:
    print(f.read())

# Binary files.
with open(path, "wb") as f:
    print(type(f).__name__, f.mode, f.write(b"\x00\x01\xffabc\ndef\n"), f.tell())
with open(path, "rb") as f:
    print(type(f).__name__, f.mode, f.read(2), f.readline(), f.tell(), f.read(), f.read())
    f.seek(-4, 2)
    print(f.read(), f.seek(1), f.seek(2, 1), f.read(1), list(open(path, "rb")))
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode, f.read(3), f.write(b"XY"), f.tell())
    f.seek(0)
    print(f.read())
with open(path, "w+") as f:
    print(f.mode, f.write("hello world"), f.seek(0), f.read(5), f.truncate(), f.tell())
with open(path) as f:
    print(repr(f.read()))

# Encodings.
with open(path, "w", encoding="utf-8") as f:
    print(f.encoding, f.write("héllo €"))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    print(f.read(2), f.tell(), f.read())
with open(path, encoding="latin-1") as f:
    print(f.encoding, repr(f.read()))
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())

# Exclusive creation.
created = os.path.join(folder, "new.txt")
with open(created, "x") as f:
    f.write("x")
print(os.path.exists(created), os.path.getsize(created))

def show(action):
    try:
        result = action()
        print("ok", repr(result))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e, getattr(e, "errno", None))

show(lambda: open(os.path.join(folder, "missing.txt")))
show(lambda: open(created, "x"))
show(lambda: open(folder))
show(lambda: open(path, "rw"))
show(lambda: open(path, "rr"))
show(lambda: open(path, "rbt"))
show(lambda: open(path, "q"))
show(lambda: open(path, "+"))
show(lambda: open(path, "rb", encoding="utf-8"))
show(lambda: open(path, "rb", newline=""))
show(lambda: open(path, newline="x"))
show(lambda: open(path, encoding="nope"))
show(lambda: open(42.5))
r = open(path)
w = open(created, "a")
rb = open(path, "rb")
show(lambda: r.write("x"))
show(lambda: w.read())
show(lambda: w.readline())
show(lambda: rb.write(b"x"))
show(lambda: r.seek(1, 1))
show(lambda: r.seek(-1, 2))
show(lambda: r.seek(-1))
show(lambda: w.write(b"bytes"))
show(lambda: open(path, "ab").write("text"))
for file in [r, w, rb]:
    file.close()
    file.close()
show(lambda: r.read())
show(lambda: rb.read())
show(lambda: rb.readline())
show(lambda: w.write("x"))
show(lambda: r.readline())
show(lambda: next(r))
show(lambda: iter(r))
show(lambda: r.tell())
show(lambda: r.seek(0))
show(lambda: r.readable())
show(lambda: r.fileno())
show(lambda: r.closed)
show(lambda: r.name == path)
with open(path, "wb") as f:
    f.write(b"\xff\xfe ok")
show(lambda: open(path).read())
show(lambda: open(path, errors="replace").read())
show(lambda: open(path, errors="ignore").read())
show(lambda: open(path, "w", encoding="ascii").write("é"))

for name in sorted(os.listdir(folder)):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
print(os.path.exists(folder))
