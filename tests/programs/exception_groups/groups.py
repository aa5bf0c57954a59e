# BaseExceptionGroup and ExceptionGroup: making them, their attributes,
# split, subgroup and derive (a subclass's derive is used).

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
print(repr(eg), str(eg), eg.message, eg.exceptions)
print(eg.split(ValueError))
print(eg.subgroup(TypeError))
print(eg.derive([KeyError(5)]))
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e: print(e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e: print(e)
match_all = eg.split(lambda e: isinstance(e, ValueError))
print(match_all)

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
eg.add_note("note")
m, r = eg.split(ValueError)
print(m.__notes__ is eg.__notes__, m.__notes__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        print("derive", excs)
        return MyEG(self.message + "!", excs)
x = MyEG("m", [ValueError(1), KeyError(2)])
print(x.split(KeyError))
print(x.subgroup(lambda e: True) is x)
print(BaseExceptionGroup("a", (ValueError(),)).args)
for bad in [("a",), (1, [ValueError()]), ("a", 5), ("a", [1]), ("a", {ValueError()})]:
    try:
        BaseExceptionGroup(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    eg.split(5)
except TypeError as e: print(e)
