# __await__ may return any iterator: a list iterator, a generator, or an
# object with __next__. The coroutine yields what the iterator yields.


def drive(coro, label):
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as stop:
        print(label, "yielded", yielded, "returned", repr(stop.value))


class ListAwait:
    def __await__(self):
        return iter([1, 2, 3])


class GenAwait:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield f"step {i}"
        return self.n * 10


class ManualIterator:
    def __init__(self, limit):
        self.count = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.count >= self.limit:
            raise StopIteration("manual result")
        self.count += 1
        return ("tick", self.count)


class ManualAwait:
    def __await__(self):
        return ManualIterator(2)


class DelegatingAwait:
    def __await__(self):
        first = yield from GenAwait(2).__await__()
        second = yield from ListAwait().__await__()
        return (first, second)


async def use(awaitable):
    return await awaitable


drive(use(ListAwait()), "list")
drive(use(GenAwait(3)), "gen")
drive(use(ManualAwait()), "manual")
drive(use(DelegatingAwait()), "delegating")


async def many():
    a = await GenAwait(1)
    b = await ManualAwait()
    c = await ListAwait()
    return [a, b, c]


drive(many(), "many")


# __await__ looked up on the type, not the instance
class TypeLevel:
    def __await__(self):
        yield "from type"
        return "type result"


obj = TypeLevel()
obj.__await__ = lambda: iter(["from instance"])
drive(use(obj), "lookup")


# inheritance of __await__
class Base:
    def __await__(self):
        yield "base"
        return self.result()

    def result(self):
        return "base result"


class Child(Base):
    def result(self):
        return "child result"


drive(use(Child()), "inherited")


# an iterator that raises partway through
class Exploding:
    def __await__(self):
        yield "before"
        raise ArithmeticError("mid-await")


async def catches():
    try:
        await Exploding()
    except ArithmeticError as e:
        return f"caught {e}"


drive(catches(), "exploding")


# an awaitable can be awaited many times if __await__ makes a new iterator
class Reusable:
    def __init__(self):
        self.calls = 0

    def __await__(self):
        self.calls += 1
        yield self.calls
        return self.calls


async def reuse():
    r = Reusable()
    return [await r, await r, await r]


drive(reuse(), "reusable")
