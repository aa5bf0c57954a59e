# Names, qualified names and types of coroutine functions and objects.


class Suspend:
    def __await__(self):
        yield "paused"


async def simple():
    return 1


async def outer_function():
    async def inner_function():
        await Suspend()
    return inner_function


class Service:
    async def method(self):
        await Suspend()
        return "method result"

    @staticmethod
    async def static():
        return "static result"

    @classmethod
    async def klass(cls):
        return cls.__name__


def result_of(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
print(simple.__name__, simple.__qualname__, type(simple).__name__)
print(hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"))
print(hasattr(c, "__iter__"), hasattr(c, "__next__"))
c.close()

inner = result_of(outer_function())
print(inner.__name__, inner.__qualname__)
ic = inner()
print(ic.__name__, ic.__qualname__)
ic.close()

s = Service()
m = s.method()
print(m.__qualname__, m.send(None))
print("method returned", result_of(m))
st = Service.static()
print(st.__qualname__)
st.close()
print(result_of(Service.static()), result_of(Service.klass()), result_of(s.klass()))

# renaming a coroutine object, and its function
c = simple()
c.__name__ = "renamed"
c.__qualname__ = "Some.renamed"
print(c.__name__, c.__qualname__)
for attr in ["__name__", "__qualname__"]:
    try:
        setattr(c, attr, 5)
    except TypeError as e:
        print(type(e).__name__, e)
c.close()


async def original():
    return "orig"


original.__name__ = "changed"
original.__qualname__ = "Q.changed"
c = original()
print(c.__name__, c.__qualname__)
print(result_of(c))

# code flags: coroutine functions have CO_COROUTINE (0x80)
print(bool(simple.__code__.co_flags & 0x80), simple.__code__.co_name)


def plain():
    return 1


async def agen():
    yield 1


print(bool(plain.__code__.co_flags & 0x80))
print(bool(agen.__code__.co_flags & 0x80), bool(agen.__code__.co_flags & 0x200))
print(type(agen()).__name__)

# a lambda that returns a coroutine is still a plain function
make = lambda: simple()
c = make()
print(type(make).__name__, type(c).__name__, result_of(c))

# repr of a coroutine starts with its qualified name
c = Service().method()
print(repr(c).split(" at ")[0])
c.close()
