# __format__ protocol: object.__format__ rules, subclasses of built-ins, bad returns.
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()), format(Plain(), ""))
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError:", e)
class Temp(float):
    def __format__(self, spec):
        if spec.endswith("C"):
            return format(float(self), spec[:-1]) + "°C"
        return super().__format__(spec)
t = Temp(21.456)
print(f"{t:.1fC}", f"{t:.2f}", format(t), str(t))
class MyInt(int):
    pass
print(f"{MyInt(255):#x}", format(MyInt(7), "03d"), f"{True:>5}", f"{True!s:>5}", f"{False:d}")
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
try:
    format(BadFormat(), "")
except TypeError as e:
    print("TypeError:", e)
class Echo:
    def __format__(self, spec):
        return f"<{spec}>"
w = 6
print(f"{Echo():{w}.{w}}", "{0:{1}}".format(Echo(), "nested"), f"{Echo()!s:>3}" if False else f"{Echo()::}")
print(format(3, "") == str(3), format("x") == "x", format(2.50), format(None), format([1, 2]))
