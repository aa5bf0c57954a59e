import sys
print(sys.version_info[:2] == (3, 11), type(sys.maxsize).__name__, sys.maxsize == 2**63 - 1)
print(sys.argv[0].endswith("sys_module.py"), len(sys.argv), isinstance(sys.path, list), "sys" in sys.modules)
print(sys.getrecursionlimit(), sys.byteorder, sys.platform in ("linux", "darwin", "win32"))
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr)
sys.stderr.write("raw stderr\n")
print(sys.stdout.isatty() in (True, False), sys.stdin is not None, sys.exc_info() == (None, None, None))
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
old = sys.stdout
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
sys.stdout = old
print(cap.parts)
print(sys.intern("abc") == "abc")
try:
    sys.exit("exiting with message")
except SystemExit as e:
    print("SystemExit", e.code)
sys.exit(3)
