# __init_subclass__ chained through super(), and __class_getitem__, both implicit class methods.
class Base:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append(cls.__name__)
class Mid(Base):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("Mid hook", cls.__name__)
class Leaf(Mid):
    pass
print(Base.subclasses, type(Base.__dict__["__init_subclass__"]).__name__)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int], list[int] if False else "skip")
