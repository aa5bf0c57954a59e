# super() in generator methods, async methods, closures capturing __class__ explicitly, and properties.
import asyncio

class Base:
    def items(self):
        yield "base-1"
        yield "base-2"
    async def fetch(self, n):
        await asyncio.sleep(0)
        return "base fetch %d" % n
    def value(self):
        return 10

class Child(Base):
    def items(self):
        yield "child-start"
        yield from super().items()
        yield "child-end"
    async def fetch(self, n):
        first = await super().fetch(n)
        return "child(" + first + ")"
    def make_closure(self):
        def inner():
            return super(__class__, self).value() + 1
        return inner
    def comprehension(self):
        sup = super()
        return [sup.value() * i for i in range(3)]
    def genexp(self):
        me = self
        return list(super(Child, me).value() + i for i in range(2))
    @property
    def doubled(self):
        return super().value() * 2

c = Child()
print(list(c.items()))
print(asyncio.run(c.fetch(3)))
print(c.make_closure()(), c.comprehension(), c.genexp(), c.doubled)

# A generator method keeps its super binding across suspensions
class Gen(Base):
    def value(self):
        return 100
    def count(self):
        for i in range(3):
            yield super().value() + i
g = Gen().count()
print(next(g), next(g), next(g))

# async generator using super()
class AsyncBase:
    async def ticks(self):
        for i in range(2):
            yield "tick %d" % i
class AsyncChild(AsyncBase):
    async def ticks(self):
        async for t in super().ticks():
            yield t.upper()
async def collect():
    return [t async for t in AsyncChild().ticks()]
print(asyncio.run(collect()))

# super() inside a nested class refers to the nested class
class Outer:
    def value(self):
        return "Outer.value"
    class Inner(Base):
        def value(self):
            return "Inner->" + str(super().value())
print(Outer.Inner().value())

# super() in a method decorated by a wrapper function
def logged(func):
    def wrapper(*args, **kwargs):
        return "logged(" + str(func(*args, **kwargs)) + ")"
    return wrapper
class Decorated(Base):
    @logged
    def value(self):
        return super().value() + 5
print(Decorated().value())

# try/finally and with blocks around super()
class Ctx(Base):
    def value(self):
        try:
            return super().value() * 3
        finally:
            print("finally ran")
print(Ctx().value())
