# Subclassing ExceptionGroup: custom __new__/derive keep the subclass through
# split() and subgroup(), and except* matches by type.
class TaskErrors(ExceptionGroup):
    def __new__(cls, message, excs, task_id=None):
        self = super().__new__(cls, message, excs)
        self.task_id = task_id
        return self
    def derive(self, excs):
        return TaskErrors(self.message, excs, self.task_id)

errors = TaskErrors("task failed", [ValueError("bad value"), TypeError("bad type"), ValueError("again")], 7)
print(type(errors).__name__, errors.message, errors.task_id, len(errors.exceptions), str(errors))
match, rest = errors.split(ValueError)
print(type(match).__name__, match.task_id, [str(e) for e in match.exceptions])
print(type(rest).__name__, rest.task_id, [str(e) for e in rest.exceptions])
sub = errors.subgroup(lambda e: isinstance(e, TypeError))
print(type(sub).__name__, sub.task_id, repr(sub.exceptions[0]))
print(errors.subgroup(KeyError), errors.split(Exception)[1])

class NoDerive(ExceptionGroup):
    pass
nd = NoDerive("plain", [KeyError("k"), OSError("o")])
m, r = nd.split(KeyError)
print(type(m).__name__, type(r).__name__, m.message, repr(nd))

try:
    raise TaskErrors("boom", [ValueError(1), KeyError(2)], 3)
except* ValueError as eg:
    print("except* ValueError:", type(eg).__name__, getattr(eg, "task_id", None), [repr(e) for e in eg.exceptions])
except* KeyError as eg:
    print("except* KeyError:", type(eg).__name__, [repr(e) for e in eg.exceptions])

class MyBaseGroup(BaseExceptionGroup):
    pass
g = MyBaseGroup("mixed", [KeyboardInterrupt(), ValueError()])
print(type(g).__name__, isinstance(g, Exception))
try:
    MyBaseGroup("m", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(ExceptionGroup):
        pass
    Bad("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
