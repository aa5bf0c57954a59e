# classmethod/staticmethod copy the wrapped function's attributes (3.10+): __wrapped__, __name__,
# __qualname__, __doc__, __module__, and have their own __dict__ and __isabstractmethod__.
class Counter:
    @classmethod
    def from_list(cls, items):
        return cls()
    @staticmethod
    def clamp(v, lo=0, hi=10):
        return max(lo, min(hi, v))
cm = Counter.__dict__["from_list"]
sm = Counter.__dict__["clamp"]
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(cm.__name__, cm.__qualname__, sm.__name__, sm.__qualname__, sm.__doc__)
def documented(x):
    "docs here"
    return x
sm2 = staticmethod(documented)
print(sm2.__doc__, sm2.__name__, sm2.__module__)
cm.note = "extra"
print(cm.note, sorted(k for k in vars(cm) if not k.startswith("__")), sm.__isabstractmethod__, cm.__isabstractmethod__)
print(sorted(vars(sm2)))
