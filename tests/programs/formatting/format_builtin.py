# format() builtin and __format__ of built-in types.
print(format(42), format(42, "x"), format("text", ">8"), format(1.5, "08.3f"), format(None, ""))
print(format([1, 2]), format((1,), ""), format(True), format(True, ""), format(True, ">6"))
print((42).__format__("05d"), "ab".__format__("^6"), (2.5).__format__(".1e"))
try:
    format([1], "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"${self.cents / 100:.2f}"
        return format(text, spec)
print(format(Money(12345), ">12"), f"[{Money(5):<8}]")
