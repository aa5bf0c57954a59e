# sys.stdin, sys.stdout and sys.stderr are file objects; print() and
# input() go through them, and through replacements of them.
import sys

print(type(sys.stdout).__name__, sys.stdout.name, sys.stdout.mode, sys.stdout.writable(), sys.stdout.readable())
print(sys.stdin.name, sys.stdin.mode, sys.stderr.name, sys.stdout.encoding, sys.stdin.encoding)
print(sys.stdout.fileno(), sys.stdin.fileno(), sys.stderr.fileno(), sys.stdout.isatty())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(sys.stdout.write("written\n"), sys.stdout.write(""))
sys.stdout.flush()
print("to stderr", 1, 2, file=sys.stderr)
sys.stderr.write("direct to stderr\n")
print("after stderr")
print(repr(input()), repr(input("prompt> ")))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
for line in sys.stdin:
    print("line", repr(line))
    break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
try:
    input("last? ")
except EOFError as e:
    print("EOFError", e)


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text)

    def flush(self):
        self.calls.append("<flush>")


saved = sys.stdout
recorder = Recorder()
sys.stdout = recorder
print("a", 1, [2], sep="-", end="!")
print()
print("x", flush=True)
sys.stdout = saved
print(recorder.calls)
other = Recorder()
print("to", "other", file=other, sep=", ")
print(other.calls)
sys.stdout = None
print("nowhere")
sys.stdout = saved
print("back", file=None)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__, e)
print("done", file=sys.stdout)
sys.stderr.write("end of stderr\n")
