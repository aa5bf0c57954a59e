# async for over user classes with __aiter__/__anext__: ranges, linked
# lists, pagination, nested loops, else clauses, break and continue.
import asyncio


class AsyncRange:
    def __init__(self, start, stop, step=1):
        self.current = start
        self.stop = stop
        self.step = step

    def __aiter__(self):
        return self

    async def __anext__(self):
        if (self.step > 0 and self.current >= self.stop) or (
            self.step < 0 and self.current <= self.stop
        ):
            raise StopAsyncIteration
        value = self.current
        self.current += self.step
        await asyncio.sleep(0)
        return value


class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node


class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)

    def __aiter__(self):
        return LinkedListIterator(self.head)


class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.node is None:
            raise StopAsyncIteration
        value = self.node.value
        self.node = self.node.next
        return value


class Pages:
    """Yields items from pages fetched one at a time."""

    def __init__(self, data, page_size):
        self.data = data
        self.page_size = page_size
        self.fetches = 0

    def __aiter__(self):
        self.page = []
        self.offset = 0
        return self

    async def fetch(self):
        self.fetches += 1
        await asyncio.sleep(0)
        page = self.data[self.offset:self.offset + self.page_size]
        self.offset += self.page_size
        return page

    async def __anext__(self):
        if not self.page:
            self.page = await self.fetch()
            if not self.page:
                raise StopAsyncIteration
        return self.page.pop(0)


async def main():
    print([x async for x in AsyncRange(0, 5)])
    print([x async for x in AsyncRange(10, 0, -3)])
    print([x async for x in AsyncRange(3, 3)])

    ll = LinkedList("a", "b", "c")
    print([x async for x in ll], [x async for x in ll])

    pages = Pages(list(range(7)), 3)
    items = []
    async for item in pages:
        items.append(item)
    print(items, "fetches:", pages.fetches)

    out = []
    async for i in AsyncRange(0, 3):
        async for j in AsyncRange(0, i + 1):
            if j == 1:
                continue
            out.append((i, j))
    print(out)

    async for x in AsyncRange(0, 10):
        if x == 4:
            print("break at", x)
            break
    else:
        print("else not reached")

    async for x in AsyncRange(0, 2):
        pass
    else:
        print("else reached, last x =", x)

    async for x in LinkedList():
        print("never")
    else:
        print("empty list: else runs")

    # tuple unpacking in the target
    class Pairs:
        def __init__(self):
            self.items = [(1, "one"), (2, "two")]

        def __aiter__(self):
            return self

        async def __anext__(self):
            if not self.items:
                raise StopAsyncIteration
            return self.items.pop(0)

    async for number, word in Pairs():
        print(number, word)

    # target can be an attribute or subscript
    class Box:
        pass

    box = Box()
    slots = [None]
    async for box.value in AsyncRange(0, 2):
        pass
    async for slots[0] in AsyncRange(5, 8):
        pass
    print(box.value, slots)

    # __anext__ can be a plain method returning an awaitable
    class ManualAwaitable:
        def __init__(self, value):
            self.value = value

        def __await__(self):
            if self.value is None:
                raise StopAsyncIteration
            yield from ()
            return self.value

    class PlainAnext:
        def __init__(self):
            self.values = [1, 2, None]

        def __aiter__(self):
            return self

        def __anext__(self):
            return ManualAwaitable(self.values.pop(0))

    print([v async for v in PlainAnext()])


asyncio.run(main())
